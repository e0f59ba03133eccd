/** The demo office's people the generator acts as (electron/core/demo.ts). */
export const CONSULTANTS = ['张伟', '孙丽', '周强', '吴娜'] as const;
export const DESK_PEOPLE = ['王芳', '陈静'] as const;
export const MANAGER = '李经理';
