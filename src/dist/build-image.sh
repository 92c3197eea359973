#!/usr/bin/env bash
# Builds the ExamPath app image and, unless TYPE is app-image, an installer from it. One script for
# every OS: it branches on the package type only (the OS decides which types jpackage can make).
#
#   build-image.sh TYPE APP_VERSION CLASSPATH
#     TYPE         app-image | deb | rpm | msi | exe | dmg | pkg
#     APP_VERSION  numeric version for the installer (macOS wants the first number >= 1)
#     CLASSPATH    the project's runtime class path; the javafx-*-<platform>.jar module jars in it
#                  become modules of the jlinked runtime
#
# Run through Maven (mvn -Pdist package), which first writes target/dist-input/exampath.jar (the
# app and its libraries without JavaFX). Output in target/dist/: ExamPath/ (ExamPath.app on macOS)
# and the installer. Steps:
#   1. jdeps lists the JDK and JavaFX modules the app uses; jlink makes a runtime of just those,
#      without debug attributes, headers, man pages or the java/keytool commands, plus the
#      runtime's base class-data-sharing (CDS) archive.
#   2. jpackage makes the app image with a capped heap and the JavaFX exports ControlsFX needs.
#      The JVM's own log lines (unified logging writes warnings to standard output by default) go
#      to standard error, and its class-data-sharing notes are off: the commands' standard output
#      is their JSON or CSV alone, wherever the image is and whatever its archive.
#   3. A training run of the image (under xvfb-run when there is no display) opens every exam
#      step; the classes it loaded are dumped as a dynamic CDS archive, exampath.jsa, beside the
#      jar, and the launcher is told to use it. Java 17 archives name the jar by its path, so an
#      installed copy elsewhere cannot use it (it then starts without, silently): the run also
#      writes the class list, from which the .deb's postinst dumps a static archive for
#      /opt/exampath (src/dist/linux/postinst). The other installers (rpm, msi, exe, dmg, pkg) put
#      the image in a folder not known here and have no such step, so they ship no dynamic archive
#      (the runtime's base archive still serves). The database is never inside the image: the app
#      keeps it in the per-user data directory.
#   4. jpackage turns the image into the installer.
set -euo pipefail

type=${1:?package type}
version=${2:?app version}
classpath=${3:?class path}

root=$(cd "$(dirname "$0")/../.." && pwd)
target=$root/target
input=$target/dist-input
out=$target/dist
work=$target/dist-work
name=ExamPath
main=org.exampath.Launcher
# Heap cap: StoreBench (100,000 stored encounters) runs in a 96 MB heap, live set 37 MB after GC;
# the rest is headroom for the window, practice mode and the PDF note.
heap=-Xmx256m

[ -f "$input/exampath.jar" ] || { echo "build-image: $input/exampath.jar missing; run mvn -Pdist package" >&2; exit 2; }
rm -rf "$out" "$work"
mkdir -p "$out" "$work"

# --- 1. runtime -----------------------------------------------------------------------------
sep=':'
case "$classpath" in *';'*) sep=';' ;; esac
fx=()
IFS="$sep" read -r -a entries <<< "$classpath"
for e in "${entries[@]}"; do
  case "${e##*[/\\]}" in
    javafx-*-[0-9]*-*.jar) fx+=("$e") ;;   # javafx-graphics-21.0.11-linux.jar, not the empty javafx-graphics-21.0.11.jar
  esac
done
[ ${#fx[@]} -gt 0 ] || { echo "build-image: no javafx-*-<platform>.jar on the class path" >&2; exit 2; }
fxpath=$(IFS="$sep"; echo "${fx[*]}")

modules=$(jdeps --multi-release 17 --ignore-missing-deps --print-module-deps \
  --module-path "$fxpath" "$input/exampath.jar")
# jdk.crypto.ec: elliptic-curve TLS for a clinic PostgreSQL server (a provider jdeps cannot see).
modules="$modules,jdk.crypto.ec"
# Left out on purpose: jdk.localedata (30 MB; the app's text, dates and numbers are English/ISO),
# javafx.swing, javafx.web, javafx.media (unused).
echo "build-image: runtime modules $modules"

# --generate-cds-archive runs the new runtime's java to dump its base archive, so the commands are
# removed after it (what --strip-native-commands would do; the libraries in bin/ on Windows stay).
# Native debug symbols are stripped where jlink can (it needs objcopy, on Linux).
jlink_args=(--module-path "$fxpath" --add-modules "$modules" --strip-debug --no-header-files --no-man-pages
  --generate-cds-archive --output "$work/runtime")
if ! jlink "${jlink_args[@]}" --strip-native-debug-symbols exclude-debuginfo-files 2> "$work/jlink.err"; then
  echo "build-image: native debug symbols kept ($(head -n 1 "$work/jlink.err"))"
  rm -rf "$work/runtime"
  jlink "${jlink_args[@]}"
fi
find "$work/runtime/bin" -maxdepth 1 -type f ! -name '*.dll' -delete
# the base archive for a heap over 32 GB; the launcher caps the heap far below that
find "$work/runtime" -name 'classes_nocoops.jsa' -delete

# --- 2. app image ---------------------------------------------------------------------------
icon_args=()
extra=()
case "$type" in
  msi|exe) icon_args=(--icon "$root/assets/icon/exampath.ico")
           # a console twin of the window launcher, so the commands print on Windows
           printf 'win-console=true\n' > "$work/exampath-cmd.properties"
           extra=(--add-launcher "exampath-cmd=$work/exampath-cmd.properties") ;;
  dmg|pkg) ;;   # no .icns is drawn yet: the default icon
  *)       icon_args=(--icon "$root/assets/icon/exampath.png") ;;
esac

jpackage --type app-image --name "$name" --dest "$out" \
  --input "$input" --main-jar exampath.jar --main-class "$main" \
  --runtime-image "$work/runtime" --app-version "$version" --vendor ExamPath \
  --description "Exam assistant for buttock and posterior hip pain" \
  ${icon_args[@]+"${icon_args[@]}"} ${extra[@]+"${extra[@]}"} \
  --java-options "$heap" \
  --java-options "-Xlog:disable" \
  --java-options "-Xlog:all=warning,cds*=off:stderr" \
  --java-options "-XX:+UseSerialGC" \
  --java-options "--add-exports=javafx.base/com.sun.javafx.event=ALL-UNNAMED" \
  --java-options "--add-exports=javafx.controls/com.sun.javafx.scene.control=ALL-UNNAMED" \
  --java-options "--add-exports=javafx.controls/com.sun.javafx.scene.control.behavior=ALL-UNNAMED"

image=$(find "$out" -maxdepth 1 -name "$name*" | head -n 1)
cfg=$(find "$image" -name "$name.cfg" | head -n 1)
appdir=$(dirname "$cfg")
launcher=$(find "$image" -type f \( -path "*/bin/$name" -o -path "*/MacOS/$name" -o -name "$name.exe" \) | head -n 1)
echo "build-image: app image $image, launcher $launcher"

# --- 3. class-data-sharing archive ----------------------------------------------------------
run_display() {
  if [ -n "${DISPLAY:-}" ] || [ "${OS:-}" = Windows_NT ] || [ "$(uname -s)" = Darwin ]; then
    "$@"
  elif command -v xvfb-run >/dev/null 2>&1; then
    xvfb-run -a -s '-screen 0 1366x800x24' "$@"
  else
    return 127
  fi
}
archive="$appdir/exampath.jsa"
if JAVA_TOOL_OPTIONS="-XX:ArchiveClassesAtExit=$archive -XX:DumpLoadedClassList=$appdir/exampath.classlist -Djavafx.preloader=org.exampath.StartupHook -Dexampath.hook=train" \
     run_display "$launcher" --db "$work/training.db" > "$work/training.log" 2>&1 \
   && grep -q '^TRAINED_STEPS [1-9]' "$work/training.log" && [ -s "$archive" ]; then
  case "$type" in
    app-image|deb)
      # the launcher's options: the last section of the .cfg is [JavaOptions]
      printf 'java-options=-XX:SharedArchiveFile=$APPDIR/exampath.jsa\n' >> "$cfg"
      echo "build-image: CDS archive $(du -h "$archive" | cut -f1)" ;;
    *)
      # installed where this build cannot know and nothing re-dumps it there: it could never map
      rm -f "$archive" "$appdir/exampath.classlist"
      echo "build-image: training run passed; no dynamic CDS archive in the $type (it would name this build's path)" ;;
  esac
else
  rm -f "$archive" "$appdir/exampath.classlist"
  echo "build-image: WARNING no display (install xvfb) or the training run failed; image built without a CDS archive" >&2
  sed 's/^/  training: /' "$work/training.log" >&2 || true
  [ -z "${EXAMPATH_REQUIRE_CDS:-}" ] || exit 1
fi

# --- 4. installer ---------------------------------------------------------------------------
case "$type" in
  app-image) ;;
  deb|rpm) jpackage --type "$type" --app-image "$image" --name "$name" --dest "$out" \
             --app-version "$version" --vendor ExamPath \
             --description "Exam assistant for buttock and posterior hip pain" \
             --resource-dir "$root/src/dist/linux" \
             --linux-package-name exampath --linux-package-deps libgtk-3-0 --linux-shortcut --linux-menu-group "Science;MedicalSoftware;" \
             --linux-app-category science --linux-deb-maintainer "exampath@localhost" ;;
  msi|exe) jpackage --type "$type" --app-image "$image" --name "$name" --dest "$out" \
             --app-version "$version" --vendor ExamPath \
             --win-per-user-install --win-menu --win-shortcut --win-dir-chooser ;;
  dmg|pkg) jpackage --type "$type" --app-image "$image" --name "$name" --dest "$out" \
             --app-version "$version" --vendor ExamPath ;;
  *) echo "build-image: unknown package type $type" >&2; exit 2 ;;
esac
echo "build-image: done"; ls -l "$out"
