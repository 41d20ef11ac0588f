import { CourseSchema } from '../../../../core';

/** The languages a course can be given in, read from the schema so the two never drift apart. */
export const COURSE_LANGUAGES = CourseSchema.shape.languages.element.options;
export type CourseLanguage = (typeof COURSE_LANGUAGES)[number];
