# tieuchi — build, test, run.  `make help` lists the targets.
#
# Every target that compiles first runs `deps`, which installs the Debian packages
# named in DEBS when they are missing (sudo only when not root).

CC      ?= cc
BUILD   ?= build
PKGS     = lua5.4 libutf8proc xlsxwriter libzip expat
WARN     = -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wmissing-prototypes \
           -Wno-unused-parameter
OPT     ?= -O2 -g
CFLAGS  += -std=c11 $(WARN) $(OPT) -MMD -MP -D_POSIX_C_SOURCE=200809L \
           $(shell pkg-config --cflags $(PKGS) 2>/dev/null) -I$(BUILD)/gen -Isrc
# LPeg is linked statically (Debian ships liblua5.4-lpeg.a), Lua and utf8proc dynamically.
LDLIBS  += -l:liblua5.4-lpeg.a $(shell pkg-config --libs $(PKGS) 2>/dev/null) -lm

DEBS = build-essential pkg-config liblua5.4-dev lua-lpeg-dev libcmocka-dev libutf8proc-dev libxlsxwriter-dev \
       libzip-dev libexpat1-dev python3

SRC      = $(wildcard src/*.c)
LIBOBJ   = $(patsubst src/%.c,$(BUILD)/obj/%.o,$(filter-out src/main.c,$(SRC))) $(BUILD)/obj/embedded.o
LUAFILES = $(wildcard lang/*.lua) $(wildcard stdlib/*.lua)
TESTSRC  = $(wildcard tests/unit/test_*.c)
TESTBIN  = $(patsubst tests/unit/%.c,$(BUILD)/tests/%,$(TESTSRC))

.PHONY: all deps run test sanitize memcheck clean help install

all: deps $(BUILD)/tieuchi

help:
	@echo "make deps      install the Debian packages tieuchi needs (when missing)"
	@echo "make           build $(BUILD)/tieuchi"
	@echo "make run       evaluate the bundled Hoa Binh commune example"
	@echo "make test      unit tests (cmocka) and CLI golden tests"
	@echo "make sanitize  the whole test suite under ASan + UBSan (build-asan/)"
	@echo "make memcheck  the whole test suite under valgrind memcheck"
	@echo "make install   install the binary under PREFIX (default /usr/local)"

deps:
	@missing=""; for p in $(DEBS) $(EXTRA_DEBS); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'ok installed' || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends $$missing; \
	fi

$(BUILD)/tieuchi: $(BUILD)/obj/main.o $(LIBOBJ)
	@echo "  LINK $@"
	@$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $^ $(LDLIBS)

$(BUILD)/obj/%.o: src/%.c | $(BUILD)/obj $(BUILD)/gen/embedded.h
	@echo "  CC   $<"
	@$(CC) $(CFLAGS) -c -o $@ $<

# lang/ and stdlib/ are embedded into the binary (docs/architecture.md, "Embedded Lua").
$(BUILD)/gen/embedded.c $(BUILD)/gen/embedded.h: $(LUAFILES) $(BUILD)/bin2c | $(BUILD)/gen
	$(BUILD)/bin2c $(BUILD)/gen/embedded $(LUAFILES)

$(BUILD)/obj/embedded.o: $(BUILD)/gen/embedded.c | $(BUILD)/obj
	@echo "  CC   $<"
	@$(CC) $(CFLAGS) -c -o $@ $<

$(BUILD)/bin2c: tools/bin2c.c | $(BUILD)
	$(CC) -std=c11 -Wall -Wextra -Werror -O1 -o $@ $<

$(BUILD)/tests/%: tests/unit/%.c tests/unit/testutil.h $(LIBOBJ) | $(BUILD)/tests
	@echo "  TEST $@"
	@$(CC) $(CFLAGS) -Itests/unit $(LDFLAGS) -o $@ $< $(LIBOBJ) $(LDLIBS) -lcmocka

$(BUILD) $(BUILD)/obj $(BUILD)/gen $(BUILD)/tests:
	mkdir -p $@

# The example has data problems on purpose (exit code 1): they are part of the show.
run: all
	@$(BUILD)/tieuchi run criteria/hoa-binh/1153-2023-xa.lua examples/hoa-binh/xa-2023.csv \
	    --trace $(BUILD)/xa-2023.trace.json; status=$$?; \
	echo; echo "The full derivation trace is in $(BUILD)/xa-2023.trace.json;"; \
	echo "explain one score with: $(BUILD)/tieuchi explain criteria/hoa-binh/1153-2023-xa.lua examples/hoa-binh/xa-2023.csv --unit X01 --indicator 3.4"; \
	[ $$status -le 1 ] || exit $$status

test: all $(TESTBIN)
	@BUILD=$(BUILD) RUNNER="$(RUNNER)" sh tests/run.sh $(TESTBIN)

sanitize:
	$(MAKE) --no-print-directory test BUILD=build-asan OPT="-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all" \
	    LDFLAGS="-fsanitize=address,undefined"

memcheck:
	$(MAKE) --no-print-directory deps EXTRA_DEBS=valgrind
	$(MAKE) --no-print-directory test RUNNER="valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite,indirect"

# The language files are embedded: the binary is all there is to install.
PREFIX ?= /usr/local
install: all
	install -D -m 755 $(BUILD)/tieuchi $(DESTDIR)$(PREFIX)/bin/tieuchi

clean:
	rm -rf build build-asan

-include $(wildcard $(BUILD)/obj/*.d)
