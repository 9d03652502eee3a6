#ifndef NEWSROOM_CNCURSESW_SHIM_H
#define NEWSROOM_CNCURSESW_SHIM_H

/* Wide-character ncurses. The macros and globals below cannot be used from Swift 6
   directly (macros are invisible, mutable globals are not concurrency-safe), so they
   are wrapped in small functions. */
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>

static inline WINDOW *nr_stdscr(void) { return stdscr; }
static inline int nr_cols(void) { return COLS; }
static inline int nr_lines(void) { return LINES; }
static inline int nr_colors(void) { return COLORS; }
static inline int nr_color_pairs(void) { return COLOR_PAIRS; }
static inline void nr_getmaxyx(WINDOW *w, int *y, int *x) { getmaxyx(w, *y, *x); }

static inline unsigned int nr_a_normal(void) { return (unsigned int)A_NORMAL; }
static inline unsigned int nr_a_bold(void) { return (unsigned int)A_BOLD; }
static inline unsigned int nr_a_underline(void) { return (unsigned int)A_UNDERLINE; }
static inline unsigned int nr_a_reverse(void) { return (unsigned int)A_REVERSE; }
static inline unsigned int nr_a_dim(void) { return (unsigned int)A_DIM; }
static inline unsigned int nr_a_italic(void) { return (unsigned int)A_ITALIC; }
static inline unsigned int nr_color_pair(int n) { return (unsigned int)COLOR_PAIR(n); }

static inline int nr_key_resize(void) { return KEY_RESIZE; }
static inline int nr_key_mouse(void) { return KEY_MOUSE; }
static inline int nr_key_code_yes(void) { return KEY_CODE_YES; }
static inline int nr_err(void) { return ERR; }

/* Mouse: report clicks and the wheel. */
static inline unsigned long nr_mouse_all(void) { return (unsigned long)(ALL_MOUSE_EVENTS | REPORT_MOUSE_POSITION); }
static inline unsigned long nr_button1_pressed(void) { return (unsigned long)BUTTON1_PRESSED; }
static inline unsigned long nr_button1_clicked(void) { return (unsigned long)BUTTON1_CLICKED; }
static inline unsigned long nr_button1_released(void) { return (unsigned long)BUTTON1_RELEASED; }
static inline unsigned long nr_button4_pressed(void) { return (unsigned long)BUTTON4_PRESSED; }
#ifdef BUTTON5_PRESSED
static inline unsigned long nr_button5_pressed(void) { return (unsigned long)BUTTON5_PRESSED; }
#else
static inline unsigned long nr_button5_pressed(void) { return 0; }
#endif

/* Draw one cell: a wide-char string (base + combining marks) with attributes and colour pair. */
static inline int nr_put_cell(int y, int x, const wchar_t *text, unsigned int attrs, short pair) {
    cchar_t cc;
    if (setcchar(&cc, text, (attr_t)attrs, pair, NULL) != OK) return ERR;
    return mvadd_wch(y, x, &cc);
}

static inline int nr_set_escdelay(int ms) { return set_escdelay(ms); }

#endif
