/** Outline icons on a 24×24 grid, drawn with a 1.75 stroke in the current text colour. */
export type Shape =
  | { kind: 'path'; d: string }
  | { kind: 'circle'; cx: number; cy: number; r: number }
  | { kind: 'rect'; x: number; y: number; width: number; height: number; rx: number }

const path = (d: string): Shape => ({ kind: 'path', d })
const circle = (cx: number, cy: number, r: number): Shape => ({ kind: 'circle', cx, cy, r })
const rect = (x: number, y: number, width: number, height: number, rx = 2): Shape => ({
  kind: 'rect',
  x,
  y,
  width,
  height,
  rx,
})

export const ICONS = {
  home: [path('M3 11l9-7 9 7'), path('M5 10v10h5v-6h4v6h5V10')],
  contacts: [circle(12, 8, 4), path('M4 20c0-4 3.6-6 8-6s8 2 8 6')],
  deals: [rect(3, 7, 18, 13), path('M8 7V5a2 2 0 0 1 2-2h4a2 2 0 0 1 2 2v2'), path('M3 13h18')],
  chart: [path('M4 20h16'), path('M7 16v-5M12 16V6M17 16v-8')],
  grip: [
    circle(9, 6, 1),
    circle(15, 6, 1),
    circle(9, 12, 1),
    circle(15, 12, 1),
    circle(9, 18, 1),
    circle(15, 18, 1),
  ],
  activities: [rect(3, 5, 18, 16), path('M8 3v4M16 3v4M3 10h18')],
  settings: [
    path('M4 6h10M18 6h2M4 12h4M12 12h8M4 18h12M20 18h0'),
    circle(16, 6, 2),
    circle(10, 12, 2),
    circle(18, 18, 2),
  ],
  members: [
    circle(9, 8, 3.5),
    path('M2.5 20c0-3.5 2.9-5.5 6.5-5.5s6.5 2 6.5 5.5'),
    path('M16 4.5a3.5 3.5 0 0 1 0 7M18 14.8c2 .6 3.5 2.2 3.5 5.2'),
  ],
  mail: [rect(3, 5, 18, 14), path('M3 7l9 6 9-6')],
  organization: [
    path('M4 21V5a2 2 0 0 1 2-2h8a2 2 0 0 1 2 2v16'),
    path('M16 9h2a2 2 0 0 1 2 2v10M2 21h20M8 7h4M8 11h4M8 15h4'),
  ],
  chevronDown: [path('M6 9l6 6 6-6')],
  signOut: [path('M15 4h3a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2h-3M10 17l5-5-5-5M15 12H4')],
  copy: [rect(9, 9, 11, 11), path('M5 15H4a1 1 0 0 1-1-1V4a1 1 0 0 1 1-1h10a1 1 0 0 1 1 1v1')],
  check: [path('M5 12l5 5 9-10')],
  error: [circle(12, 12, 9), path('M12 8v5M12 16h.01')],
  info: [circle(12, 12, 9), path('M12 11v5M12 8h.01')],
  success: [circle(12, 12, 9), path('M8 12l3 3 5-6')],
  close: [path('M6 6l12 12M18 6L6 18')],
  trash: [
    path('M4 7h16M10 11v6M14 11v6'),
    path('M6 7l1 12a2 2 0 0 0 2 2h6a2 2 0 0 0 2-2l1-12M9 7V4h6v3'),
  ],
  plus: [path('M12 5v14M5 12h14')],
  link: [
    path('M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1'),
    path('M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1'),
  ],
  search: [circle(11, 11, 6.5), path('M16 16l4.5 4.5')],
  filter: [path('M4 5h16l-6 8v5l-4 2v-7L4 5z')],
  upload: [path('M12 15V4M7 9l5-5 5 5M4 15v4a1 1 0 0 0 1 1h14a1 1 0 0 0 1-1v-4')],
  download: [path('M12 4v11M7 10l5 5 5-5M4 15v4a1 1 0 0 0 1 1h14a1 1 0 0 0 1-1v-4')],
  chevronRight: [path('M9 6l6 6-6 6')],
  chevronUp: [path('M6 15l6-6 6 6')],
  sort: [path('M8 9l4-4 4 4M8 15l4 4 4-4')],
  pencil: [path('M4 20h4L19 9l-4-4L4 16v4zM13.5 6.5l4 4')],
  restore: [path('M4 12a8 8 0 1 0 2.3-5.7L4 8.6M4 4v4.6h4.6')],
  file: [
    path('M14 3H7a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2V8l-5-5z'),
    path('M14 3v5h5'),
  ],
  phone: [
    path(
      'M5 4h3.5l1.5 4.5-2.25 1.5a11 11 0 0 0 6.25 6.25L15.5 14l4.5 1.5V19a2 2 0 0 1-2 2A16 16 0 0 1 3 6a2 2 0 0 1 2-2z',
    ),
  ],
  meeting: [
    circle(8, 8.5, 3),
    circle(16.5, 9, 2.5),
    path('M2.5 19.5c0-3.2 2.5-5.5 5.5-5.5s5.5 2.3 5.5 5.5'),
    path('M14.5 14.3a5 5 0 0 1 7 4.7'),
  ],
  note: [
    path('M5 5a2 2 0 0 1 2-2h10a2 2 0 0 1 2 2v10l-6 6H7a2 2 0 0 1-2-2V5z'),
    path('M13 21v-4a2 2 0 0 1 2-2h4M9 8h6M9 12h4'),
  ],
  task: [rect(4, 4, 16, 16, 3), path('M8.5 12l2.5 2.5 4.5-5')],
  clock: [circle(12, 12, 9), path('M12 7v5l3 2')],
  send: [path('M21 3L10 14'), path('M21 3l-7 18-4-7-7-4 18-7z')],
  reply: [path('M9 14L4 9l5-5'), path('M4 9h10a6 6 0 0 1 6 6v5')],
  paperclip: [
    path(
      'M20 11.5l-8.2 8.2a5 5 0 0 1-7.1-7.1l8.5-8.5a3.3 3.3 0 0 1 4.7 4.7l-8.5 8.5a1.7 1.7 0 0 1-2.4-2.4l7.8-7.8',
    ),
  ],
  eye: [path('M2 12s3.6-7 10-7 10 7 10 7-3.6 7-10 7S2 12 2 12z'), circle(12, 12, 3)],
  more: [circle(5, 12, 1), circle(12, 12, 1), circle(19, 12, 1)],
  ban: [circle(12, 12, 9), path('M5.6 5.6l12.8 12.8')],
} satisfies Record<string, Shape[]>

export type IconName = keyof typeof ICONS
