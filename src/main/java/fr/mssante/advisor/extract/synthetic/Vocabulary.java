package fr.mssante.advisor.extract.synthetic;

import fr.mssante.advisor.extract.Departments;
import java.util.List;
import java.util.Set;

/**
 * The words the synthetic extracts are made of: FINESS categories weighted as in the national file,
 * departments, places, names, professions. Invented values, realistic forms.
 */
final class Vocabulary {

    private Vocabulary() {
    }

    /** How an establishment of a category is staffed and equipped. */
    enum Profile { EHPAD, HOME_CARE, DISABILITY, SOCIAL, HOSPITAL, PHARMACY, CARE_CENTRE }

    /** A category: FINESS code, label as the CSV writes it, name prefix, weight, profile. */
    record Category(String code, String label, String prefix, double weight, Profile profile) {
    }

    static final List<Category> CATEGORIES = List.of(
            new Category("500", "Etablissement d'hébergement pour personnes âgées dépendantes", "EHPAD", 14, Profile.EHPAD),
            new Category("460", "Service autonomie aide", "SAAD", 8, Profile.HOME_CARE),
            new Category("354", "Service de soins infirmiers à domicile", "SSIAD", 2.2, Profile.HOME_CARE),
            new Category("202", "Résidence autonomie", "RESIDENCE AUTONOMIE", 2.3, Profile.SOCIAL),
            new Category("182", "Service d'éducation spéciale et de soins à domicile", "SESSAD", 1.9, Profile.DISABILITY),
            new Category("246", "Etablissement et service d'aide par le travail", "ESAT", 1.5, Profile.DISABILITY),
            new Category("183", "Institut médico-éducatif", "IME", 1.3, Profile.DISABILITY),
            new Category("382", "Foyer de vie pour adultes handicapés", "FOYER DE VIE", 1.8, Profile.DISABILITY),
            new Category("446", "Service d'accompagnement à la vie sociale", "SAVS", 1.4, Profile.DISABILITY),
            new Category("252", "Foyer d'hébergement pour adultes handicapés", "FOYER D'HEBERGEMENT", 1.2, Profile.DISABILITY),
            new Category("437", "Foyer d'accueil médicalisé", "FAM", 1.0, Profile.DISABILITY),
            new Category("255", "Maison d'accueil spécialisée", "MAS", 0.8, Profile.DISABILITY),
            new Category("448", "Etablissement d'accueil médicalisé pour personnes handicapées", "EAM", 0.5, Profile.DISABILITY),
            new Category("449", "Etablissement d'accueil non médicalisé pour personnes handicapées", "EANM", 0.6, Profile.DISABILITY),
            new Category("445", "Service d'accompagnement médico-social pour adultes handicapés", "SAMSAH", 0.5, Profile.DISABILITY),
            new Category("214", "Centre d'hébergement et de réinsertion sociale", "CHRS", 1.0, Profile.SOCIAL),
            new Category("209", "Service autonomie aide et soins", "SPASAD", 0.3, Profile.HOME_CARE),
            new Category("207", "Centre de jour pour personnes âgées", "ACCUEIL DE JOUR", 0.4, Profile.SOCIAL),
            new Category("197", "Centre de soins, d'accompagnement et de prévention en addictologie", "CSAPA", 0.4, Profile.CARE_CENTRE),
            new Category("178", "Centre d'accueil et d'accompagnement à la réduction des risques", "CAARUD", 0.15, Profile.SOCIAL),
            new Category("186", "Institut thérapeutique éducatif et pédagogique", "ITEP", 0.4, Profile.DISABILITY),
            new Category("189", "Centre médico-psycho-pédagogique", "CMPP", 0.3, Profile.DISABILITY),
            new Category("190", "Centre d'action médico-sociale précoce", "CAMSP", 0.3, Profile.DISABILITY),
            new Category("502", "Etablissement d'hébergement pour personnes âgées", "EHPA", 0.4, Profile.SOCIAL),
            new Category("501", "EHPA percevant des crédits d'assurance maladie", "EHPA", 0.1, Profile.SOCIAL),
            new Category("177", "Maison d'enfants à caractère social", "MECS", 0.5, Profile.SOCIAL),
            new Category("609", "Maison départementale des personnes handicapées", "MDPH", 0.1, Profile.SOCIAL),
            new Category("620", "Pharmacie d'officine", "PHARMACIE", 21, Profile.PHARMACY),
            new Category("611", "Laboratoire de biologie médicale", "LABORATOIRE", 4, Profile.CARE_CENTRE),
            new Category("124", "Centre de santé", "CENTRE DE SANTE", 3, Profile.CARE_CENTRE),
            new Category("603", "Maison de santé pluriprofessionnelle", "MAISON DE SANTE", 2, Profile.CARE_CENTRE),
            new Category("355", "Centre hospitalier (C.H.)", "CENTRE HOSPITALIER", 1.0, Profile.HOSPITAL),
            new Category("101", "Centre hospitalier régional (C.H.R.)", "CHR", 0.05, Profile.HOSPITAL),
            new Category("365", "Etablissement de soins pluridisciplinaire", "CLINIQUE", 1.2, Profile.HOSPITAL),
            new Category("109", "Etablissement de santé privé autorisé en SSR", "SSR", 1.0, Profile.HOSPITAL),
            new Category("699", "Entité ayant autorisation", "ETABLISSEMENT", 24, Profile.CARE_CENTRE));

    /** Departments: INSEE code, the FINESS CSV's {@code departement} (9A… overseas), its label. */
    record Department(String insee, String finess, String label) {
    }

    static final List<Department> DEPARTMENTS = departments();

    /** The most populous departments get three times the establishments of the others. */
    static final Set<String> LARGE = Set.of("06", "13", "31", "33", "34", "38", "44", "59", "62", "67", "69", "75",
            "76", "77", "78", "91", "92", "93", "94", "95");

    static final String[] PLACES = {"LES TILLEULS", "LE CHÂTEAU", "SAINT-JOSEPH", "LES ÉGLANTINES", "BEL AIR",
        "LA ROSERAIE", "LES GLYCINES", "LE PARC", "SAINTE-MARIE", "LES PEUPLIERS", "L'ORANGERIE", "LA SOURCE",
        "LES CÈDRES", "MONTPLAISIR", "LE VAL FLEURI", "LES JARDINS D'ÉMILIE", "JEAN JAURÈS", "LES MYOSOTIS",
        "LA CHÊNAIE", "LE BOCAGE", "LES HORTENSIAS", "PASTEUR", "LES LILAS", "LA FONTAINE", "SAINT-MARTIN",
        "LE CŒUR DE VILLE", "L’ÉTANG", "LES TERRASSES", "NOTRE-DAME", "LA MAISON DU LAC"};
    /** Names the CSV must quote: doubled quotes and a separator inside. */
    static final String[] QUOTED_PLACES = {"LIEU DE VIE \"LES PINS\"", "\"LA MAISON\" DU LAC", "BEL AIR ; ANNEXE"};
    static final String[] TOWNS = {"SAINT-DENIS", "MONTREUIL", "AUBERVILLIERS", "BOBIGNY", "PANTIN", "BONDY",
        "VILLENEUVE", "BEAUMONT", "CHÂTEAUNEUF", "SAINT-ÉTIENNE", "MONTAGNY", "LA CHAPELLE", "VAL-D'ARLES",
        "BOURG-NEUF", "FONTAINE", "MARGNY"};
    static final String[] FIRST = {"Marie", "Jean", "Élodie", "François", "Nathalie", "Karim", "Sophie", "Hélène",
        "Thomas", "Camille", "Inès", "Luc", "Chloé", "Mathieu", "Zoé", "Jérôme", "Aïcha", "Paul", "Jean-Marc", "Anaïs"};
    static final String[] LAST = {"Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Garnier", "Roux", "Benali",
        "Nguyen", "Girard", "Faure", "Mercier", "Lambert", "Bonnet", "Chevalier", "Da Silva", "Lemaître", "N'Diaye"};
    static final String[] OPERATOR_DOMAINS = {"medecin.mssante.fr", "pro.mssante.fr", "infirmier.mssante.fr",
        "pharmacien.mssante.fr", "sisra.mssante.fr", "ch-hopital.mssante.fr", "medimail.mssante.fr"};
    static final String[] OUTSIDE_DOMAINS = {"gmail.com", "orange.fr", "wanadoo.fr", "laposte.net"};
    static final String[] ORG_SERVICES = {"accueil", "soins", "secretariat", "direction", "infirmerie", "admissions",
        "cadre-sante", "medecin-coordo"};

    /** RPPS professions: code and label (TRE_G15 health, TRE_R94 social; 40, 80, 92 have no setup profession). */
    static final String[][] PROFESSIONS = {{"10", "Médecin"}, {"21", "Pharmacien"}, {"35", "Aide-soignant"},
        {"40", "Chirurgien-Dentiste"}, {"50", "Sage-Femme"}, {"60", "Infirmier"}, {"69", "Infirmier psychiatrique"},
        {"70", "Masseur-Kinésithérapeute"}, {"80", "Pédicure-Podologue"}, {"91", "Orthophoniste"},
        {"92", "Orthoptiste"}, {"93", "Psychologue"}, {"94", "Ergothérapeute"}, {"95", "Diététicien"},
        {"96", "Psychomotricien"}, {"41", "Assistant de service social"},
        {"44", "Conseiller en économie sociale et familiale"}, {"48", "Moniteur éducateur"},
        {"51", "Educateur spécialisé"}, {"53", "Accompagnant éducatif et social"}};

    /**
     * The departments as the FINESS CSV writes them: the INSEE code (the FINESS letters overseas) and the
     * name in capitals without accents ({@code SEINE-SAINT-DENIS}, {@code LA REUNION}).
     */
    private static List<Department> departments() {
        java.util.Map<String, String> overseas = java.util.Map.of("971", "9A", "972", "9B", "973", "9C", "974", "9D",
                "976", "9F");
        List<Department> out = new java.util.ArrayList<>();
        Departments.all().forEach((code, name) -> {
            if (code.length() == 2 || overseas.containsKey(code)) {
                String label = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                        .toUpperCase(java.util.Locale.ROOT);
                out.add(new Department(code, overseas.getOrDefault(code, code), label));
            }
        });
        return List.copyOf(out);
    }
}
