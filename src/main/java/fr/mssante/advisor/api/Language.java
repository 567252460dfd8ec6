package fr.mssante.advisor.api;

/** The language of a report's texts: French by default, English on request. */
public enum Language {
    FR, EN
}
