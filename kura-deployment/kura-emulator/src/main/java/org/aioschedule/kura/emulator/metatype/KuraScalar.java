package org.aioschedule.kura.emulator.metatype;

/** The attribute types Kura accepts, by their exact metatype spelling. */
public enum KuraScalar {
    STRING("String"),
    LONG("Long"),
    DOUBLE("Double"),
    FLOAT("Float"),
    INTEGER("Integer"),
    BYTE("Byte"),
    CHAR("Char"),
    BOOLEAN("Boolean"),
    SHORT("Short"),
    PASSWORD("Password");

    private final String xmlName;

    KuraScalar(String xmlName) {
        this.xmlName = xmlName;
    }

    /** The spelling in the {@code type} attribute. */
    public String xmlName() {
        return this.xmlName;
    }

    /**
     * The scalar spelled exactly {@code xmlName}.
     *
     * @throws KuraMetatypeException for any other spelling, including {@code Character} and an absent type: Kura
     *             then skips the whole file
     */
    public static KuraScalar fromXmlName(String xmlName) throws KuraMetatypeException {
        for (KuraScalar scalar : values()) {
            if (scalar.xmlName.equals(xmlName)) {
                return scalar;
            }
        }
        throw new KuraMetatypeException("AD type '" + xmlName + "' is not one Kura accepts (String, Long, Double, "
                + "Float, Integer, Byte, Char, Boolean, Short, Password): Kura skips the whole metatype file");
    }
}
