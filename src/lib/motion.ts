// How a script scrolls: smoothly, unless the reader asked for reduced motion (then at once).
export const scrollBehavior = (): ScrollBehavior => (matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth');
