/* cmd_diff.c — placeholder replaced below */
#include "commands.h"
int cmd_diff(const Options *o) { (void)o; return 2; }
