#!/bin/sh
# Makes core/api/declaro-core-baseline.jar, the API that japicmp holds core to (see core/pom.xml), from the
# current sources. Run it from the repository root after an intended, documented API break, and at each
# release; commit the jar. Add -o to the mvn line when offline.
set -e
mvn -B -q package -pl core -DskipTests -Dmaven.javadoc.skip -Djapicmp.skip
for jar in core/target/declaro-core-*.jar; do
  case "$jar" in
    *-sources.jar|*-javadoc.jar|*-tests.jar) ;;
    *) cp "$jar" core/api/declaro-core-baseline.jar && echo "baseline: $jar" ;;
  esac
done
