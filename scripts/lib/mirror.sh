# Prints the first Debian archive URI the host's apt sources name, read from
# /etc/apt/sources.list and sources.list.d/ in both the one-line and the deb822
# format. Security, third-party and non-network sources are skipped: a source
# counts when its suite is one debootstrap knows (bookworm, trixie, ...).
# POSTWRIGHT_MIRROR overrides. Sourced by scripts/setup.

pw_known_suite() {
    local base=${1%%-*}
    [ -e "/usr/share/debootstrap/scripts/$base" ]
}

pw_mirror_from_one_line() {  # file
    # deb [options] uri suite [component...]
    sed -e 's/#.*//' "$1" | awk '$1 == "deb" {
        i = 2
        if ($i ~ /^\[/) { while (i <= NF && $i !~ /\]$/) i++; i++ }
        print $i, $(i + 1)
    }'
}

pw_mirror_from_deb822() {  # file
    awk '
        function flush() {
            if (types ~ /(^| )deb( |$)/ && enabled != "no")
                for (u = 1; u <= nu; u++) for (s = 1; s <= ns; s++) print uris[u], suites[s]
            types = ""; enabled = ""; nu = 0; ns = 0
        }
        /^[ \t]*#/ { next }
        /^[ \t]*$/ { flush(); next }
        {
            key = tolower($1); sub(/:$/, "", key)
            if (key == "types") { $1 = ""; types = $0 " " }
            else if (key == "enabled") enabled = tolower($2)
            else if (key == "uris") for (i = 2; i <= NF; i++) uris[++nu] = $i
            else if (key == "suites") for (i = 2; i <= NF; i++) suites[++ns] = $i
        }
        END { flush() }
    ' "$1"
}

pw_apt_sources() {
    local f
    [ -f /etc/apt/sources.list ] && pw_mirror_from_one_line /etc/apt/sources.list
    for f in /etc/apt/sources.list.d/*.list; do
        [ -f "$f" ] && pw_mirror_from_one_line "$f"
    done
    for f in /etc/apt/sources.list.d/*.sources; do
        [ -f "$f" ] && pw_mirror_from_deb822 "$f"
    done
}

pw_debian_mirror() {
    if [ -n "${POSTWRIGHT_MIRROR:-}" ]; then echo "$POSTWRIGHT_MIRROR"; return 0; fi
    local uri suite
    while read -r uri suite; do
        case "$uri" in http://*|https://*|ftp://*|file:/*) ;; *) continue ;; esac
        case "$suite" in *-security|*/updates) continue ;; esac
        pw_known_suite "$suite" || continue
        echo "${uri%/}"
        return 0
    done < <(pw_apt_sources)
    return 1
}
