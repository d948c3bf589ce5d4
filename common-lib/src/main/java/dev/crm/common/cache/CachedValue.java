package dev.crm.common.cache;

/**
 * What a record's key holds: {@code <generation>:<shape>:<json>}, or {@value #TOMBSTONE} for a few
 * seconds after the record changed. The generation is the entity type's when the record was read from
 * the database; the shape tells the record type's components apart, so a release that changes the
 * response type never reads a value an older release wrote.
 */
record CachedValue(long generation, int shape, String json) {

    static final String TOMBSTONE = "-";
    private static final ClassValue<Integer> SHAPES = new ClassValue<>() {
        @Override
        protected Integer computeValue(Class<?> type) {
            return fingerprint(type);
        }
    };

    String encoded() {
        return generation + ":" + shape + ":" + json;
    }

    /** The value of a key, or null when there is none, it is a tombstone or it is not ours. */
    static CachedValue decode(String raw) {
        if (raw == null) return null;
        int first = raw.indexOf(':');
        int second = first < 0 ? -1 : raw.indexOf(':', first + 1);
        if (second < 0) return null;
        try {
            return new CachedValue(Long.parseLong(raw, 0, first, 10), Integer.parseInt(raw, first + 1, second, 10), raw.substring(second + 1));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A generation key's value; none yet is generation 0. */
    static long generation(String raw) {
        return raw == null ? 0 : Long.parseLong(raw);
    }

    boolean isCurrent(long currentGeneration, int currentShape) {
        return generation == currentGeneration && shape == currentShape;
    }

    /** A fingerprint of a record type's components (names and types); for other classes, of the class name. */
    static int shapeOf(Class<?> type) {
        return SHAPES.get(type);
    }

    private static int fingerprint(Class<?> type) {
        if (!type.isRecord()) return type.getName().hashCode();
        StringBuilder shape = new StringBuilder(type.getName());
        for (var component : type.getRecordComponents()) {
            shape.append(';').append(component.getName()).append(' ').append(component.getGenericType().getTypeName());
        }
        return shape.toString().hashCode();
    }
}
