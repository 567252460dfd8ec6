// The page's French wording of the setup format, in one place: a label and a help text for every field of
// the JSON Schema (GET /api/v1/schema, whose descriptions are English), a word for every enum value, and the
// few hints the form needs beyond the schema (which other list a field refers to, when a field applies).
// Keys are schema paths: "structure.name", "professionals[].profession" ("[]" = each item of a list).
// PageBrowserTest (theSchemasChecksShowAsTheUserTypes) checks that every field and enum value of the schema
// has its entry here. Kept beside the page rather than in the schema: the schema says what is valid, this
// file how a director reads it.

export const FIELDS = {
  'structure': { label: 'La structure', help: "L'établissement ou le service décrit par ce fichier." },
  'structure.name': { label: 'Nom de la structure', help: "Tel qu'il figure au répertoire FINESS." },
  'structure.finess': {
    label: 'Numéro FINESS géographique (ET)', inputmode: 'numeric', placeholder: 'ex. 780053054',
    help: "Les 9 caractères du FINESS de l'établissement (et non celui de l'organisme gestionnaire). "
      + "Sans lui, la structure n'est pas éligible à la MSSanté.",
  },
  'structure.legalEntityFiness': {
    label: "Numéro FINESS de l'organisme gestionnaire (EJ)", inputmode: 'numeric',
    help: "FINESS juridique de l'entité qui gère la structure ; il rapproche les structures d'un même gestionnaire.",
  },
  'structure.category': { label: 'Type de structure' },
  'structure.hospitalBased': {
    label: 'Structure rattachée à un hôpital', help: 'Par exemple un CSAPA ou un EHPAD hospitalier.',
  },
  'structure.careTeams': {
    label: 'Équipes de prise en charge', item: 'Équipe', fem: true, idPrefix: 'equipe', add: 'Ajouter une équipe',
    help: 'Chaque équipe (unité, service, antenne) devrait disposer de sa boîte organisationnelle.',
  },
  'structure.careTeams[].id': { label: "Identifiant de l'équipe", placeholder: 'ex. equipe-soins' },
  'structure.careTeams[].name': { label: "Nom de l'équipe", placeholder: 'ex. Équipe de soins' },
  'structure.useCases': {
    label: "Cas d'usage de la MSSanté", lines: true,
    help: "Un cas d'usage par ligne, par exemple « Réception des comptes rendus d'hospitalisation ».",
  },
  'structure.usageProtocol': {
    label: "Un protocole d'utilisation de la messagerie est rédigé",
    help: "Qui lit les messages, qui y répond, comment ils sont classés dans le dossier de l'usager.",
  },
  'structure.documentIntegration': {
    label: "Les documents reçus sont intégrés au dossier de l'usager (DUI)",
  },
  'structure.dui': { label: "Dossier usager informatisé (DUI)", optional: true },
  'structure.dui.name': { label: 'Nom du logiciel DUI', placeholder: 'ex. Logiciel métier de la structure' },

  'deployment': { label: 'Le déploiement' },
  'deployment.deployed': { label: 'La MSSanté est en service dans la structure' },
  'deployment.programme': { label: 'Programme de financement', optional: true },
  'deployment.programme.name': { label: 'Nom du programme', placeholder: 'ex. ESMS numérique' },
  'deployment.programme.deadline': {
    label: "Date limite du programme", help: "L'échéance à laquelle les objectifs du programme doivent être atteints.",
  },

  'professionals': {
    label: 'Les professionnels', item: 'Professionnel', idPrefix: 'pro', add: 'Ajouter un professionnel',
    help: 'Les personnes qui utilisent ou administrent la messagerie, avec leur enregistrement au RPPS.',
    title: p => [p.firstName, p.lastName].filter(Boolean).join(' ') || p.id,
  },
  'professionals[].id': { label: 'Identifiant', placeholder: 'ex. p-dupont', help: 'Court et unique, par exemple p-dupont.' },
  'professionals[].firstName': { label: 'Prénom' },
  'professionals[].lastName': { label: 'Nom' },
  'professionals[].profession': { label: 'Profession' },
  'professionals[].role': { label: 'Rôle dans la structure' },
  'professionals[].rpps': {
    label: 'Numéro RPPS', inputmode: 'numeric', placeholder: 'ex. 10004384854',
    help: '11 chiffres ; il figure sur la carte CPS ou dans l’Annuaire Santé.',
  },
  'professionals[].adeli': { label: 'Numéro ADELI', help: '9 caractères, pour les professions encore enregistrées à ADELI.' },
  'professionals[].registeredBy': { label: 'Enregistrement au RPPS' },
  'professionals[].card': { label: 'Carte professionnelle' },
  'professionals[].establishmentAdmin': {
    label: 'Administrateur établissement sur le portail RPPS+',
    help: 'La personne qui enregistre les professionnels du social et du médico-social au RPPS+.',
  },

  'mailboxes': {
    label: 'Les boîtes aux lettres MSSanté', item: 'Boîte aux lettres', fem: true, idPrefix: 'bal', add: 'Ajouter une boîte aux lettres',
    title: m => m.address || m.id,
  },
  'mailboxes[].id': { label: 'Identifiant', placeholder: 'ex. bal-soins' },
  'mailboxes[].address': { label: 'Adresse MSSanté', placeholder: 'ex. soins@ma-structure.mssante.fr', type: 'email' },
  'mailboxes[].type': { label: 'Type de boîte' },
  'mailboxes[].operator': {
    label: 'Opérateur MSSanté', help: "L'organisme qui a créé la boîte (GRADeS, éditeur, hôpital…).",
  },
  'mailboxes[].owner': { label: 'Titulaire', ref: 'professionals', when: { type: ['PER'] } },
  'mailboxes[].team': { label: 'Équipe desservie', ref: 'careTeams', when: { type: ['ORG'] } },
  'mailboxes[].usager': {
    label: 'Usager à qui la boîte est dédiée', when: { type: ['ORG'] },
    help: "À ne remplir que si la boîte est réservée à un seul usager (pratique déconseillée).",
  },
  'mailboxes[].responsible': { label: 'Responsable de la boîte', ref: 'professionals', when: { type: ['ORG', 'APP'] } },
  'mailboxes[].authorizedUsers': {
    label: 'Professionnels habilités à la consulter', ref: 'professionals', when: { type: ['ORG'] },
  },
  'mailboxes[].clients': { label: 'Logiciels reliés à la boîte' },
  'mailboxes[].status': { label: 'État de la boîte' },
  'mailboxes[].listedInDirectory': { label: "Publiée dans l'Annuaire Santé" },
  'mailboxes[].forwarding': {
    label: 'Transferts', item: 'Transfert', add: 'Ajouter un transfert', title: f => f.to,
    help: 'Les règles qui renvoient les messages de cette boîte vers une autre adresse.',
  },
  'mailboxes[].forwarding[].to': { label: 'Adresse de destination', type: 'email' },
  'mailboxes[].forwarding[].automatic': { label: 'Transfert automatique' },
  'mailboxes[].notification': { label: "Avis d'arrivée de message", optional: true },
  'mailboxes[].notification.to': {
    label: 'Messagerie standard avertie', type: 'email', help: "L'adresse ordinaire qui reçoit un avis à chaque message.",
  },
  'mailboxes[].notification.includesContent': { label: "L'avis contient le message lui-même" },
  'mailboxes[].distributionList': {
    label: 'Liste de diffusion', optional: true, presence: "Cette adresse est une liste de diffusion",
  },
  'mailboxes[].distributionList.members': { label: 'Adresses membres', lines: true, help: 'Une adresse par ligne.' },

  'exchanges': {
    label: 'Les échanges avec les partenaires', item: 'Échange', idPrefix: 'ech', add: 'Ajouter un échange',
    title: e => e.partner || e.id,
  },
  'exchanges[].id': { label: 'Identifiant', placeholder: 'ex. ex-pharmacie' },
  'exchanges[].partner': { label: 'Partenaire', placeholder: 'ex. Pharmacie des Écoles' },
  'exchanges[].partnerType': { label: 'Type de partenaire' },
  'exchanges[].channel': { label: 'Moyen utilisé' },
  'exchanges[].address': {
    label: 'Adresse du partenaire', type: 'email', when: { channel: ['MSSANTE', 'STANDARD_EMAIL'] },
  },
  'exchanges[].content': { label: 'Contenu échangé' },
  'exchanges[].healthData': { label: 'Les échanges contiennent des données de santé' },
  'exchanges[].direction': { label: 'Sens' },
  'exchanges[].fromMailbox': { label: 'Boîte de la structure utilisée', ref: 'mailboxes' },
  'exchanges[].espaceSanteActivated': {
    label: "L'usager a activé Mon Espace Santé", when: { partnerType: ['USAGER'] },
  },

  'acknowledgements': {
    label: 'Les dérogations acceptées', item: 'Dérogation', fem: true, add: 'Ajouter une dérogation',
    title: a => a.rule && a.subject ? a.rule + ' · ' + a.subject : a.rule,
    help: "Un constat que la structure accepte en connaissance de cause, jusqu'à une date.",
  },
  'acknowledgements[].rule': { label: 'Règle concernée', ref: 'rules' },
  'acknowledgements[].subject': {
    label: 'Élément concerné', help: "« structure », ou l'identifiant d'un professionnel, d'une boîte ou d'un échange.",
  },
  'acknowledgements[].reason': { label: 'Motif' },
  'acknowledgements[].until': { label: "Valable jusqu'au" },
};

export const VALUES = {
  'structure.category': {
    EHPAD: 'EHPAD (hébergement pour personnes âgées dépendantes)',
    SSIAD: 'SSIAD (soins infirmiers à domicile)',
    SAAD: "SAAD (aide et accompagnement à domicile)",
    SPASAD: "SPASAD (aide et soins à domicile)",
    RESIDENCE_AUTONOMIE: 'Résidence autonomie',
    MDPH: 'MDPH (maison départementale des personnes handicapées)',
    CSAPA: "CSAPA (soins, accompagnement et prévention en addictologie)",
    DAC: "DAC (dispositif d'appui à la coordination)",
    IME: 'IME (institut médico-éducatif)',
    ESAT: "ESAT (aide par le travail)",
    MAS: "MAS (maison d'accueil spécialisée)",
    FAM: "FAM (foyer d'accueil médicalisé)",
    CENTRE_DE_SANTE: 'Centre de santé',
    HOPITAL: 'Hôpital',
    PHARMACIE: 'Pharmacie',
    AUTRE: 'Autre',
  },
  'professionals[].profession': {
    MEDECIN: 'Médecin', PHARMACIEN: 'Pharmacien', INFIRMIER: 'Infirmier', SAGE_FEMME: 'Sage-femme',
    MASSEUR_KINESITHERAPEUTE: 'Masseur-kinésithérapeute', ERGOTHERAPEUTE: 'Ergothérapeute',
    PSYCHOMOTRICIEN: 'Psychomotricien', ORTHOPHONISTE: 'Orthophoniste', DIETETICIEN: 'Diététicien',
    PSYCHOLOGUE: 'Psychologue', EDUCATEUR_SPECIALISE: 'Éducateur spécialisé',
    ASSISTANT_SERVICE_SOCIAL: 'Assistant de service social', MONITEUR_EDUCATEUR: 'Moniteur-éducateur',
    ACCOMPAGNANT_EDUCATIF_SOCIAL: 'Accompagnant éducatif et social', AIDE_SOIGNANT: 'Aide-soignant',
    CONSEILLER_ESF: 'Conseiller en économie sociale et familiale', SECRETAIRE: 'Secrétaire',
    DIRECTEUR: 'Directeur', AUTRE: 'Autre',
  },
  'professionals[].role': {
    CARE: 'Soin ou accompagnement', COORDINATION: 'Coordination', MANAGEMENT: 'Direction, encadrement',
    ADMINISTRATIVE: 'Administratif',
  },
  'professionals[].registeredBy': {
    ORDER: 'Par son ordre professionnel (ou ADELI)', RPPS_PLUS: 'Au RPPS+, par la structure',
    NONE: 'Pas encore enregistré',
  },
  'professionals[].card': {
    CPS: 'CPS (carte de professionnel de santé)', CPE: "CPE (carte de personnel d'établissement)", NONE: 'Aucune',
  },
  'mailboxes[].type': {
    PER: 'Nominative (une personne)', ORG: 'Organisationnelle (une équipe, un service)',
    APP: 'Applicative (un logiciel)', CAB: 'Cabinet',
  },
  'mailboxes[].clients': {
    DUI: 'Le DUI (logiciel métier)', OFFICE_365: 'Office 365', WEBMAIL: "Le webmail de l'opérateur",
    MAIL_CLIENT: 'Un logiciel de messagerie (Outlook, Thunderbird…)',
  },
  'mailboxes[].status': { ACTIVE: 'Active', DELETION_REQUESTED: 'Suppression demandée', DELETED: 'Supprimée' },
  'exchanges[].partnerType': {
    PHARMACY: 'Pharmacie', HOSPITAL: 'Hôpital ou clinique', PRACTITIONER: 'Professionnel libéral',
    ESSMS: 'Autre structure sociale ou médico-sociale', USAGER: 'Usager ou proche', OTHER: 'Autre',
  },
  'exchanges[].channel': {
    MSSANTE: 'MSSanté', STANDARD_EMAIL: 'Messagerie ordinaire', DOCTOLIB: 'Doctolib',
    LINK: 'Lien de téléchargement', FAX: 'Fax', POSTAL: 'Courrier postal',
  },
  'exchanges[].content': {
    PRESCRIPTION: 'Ordonnances', REPORT: 'Comptes rendus', CARE_COORDINATION: 'Coordination des soins',
    ADMINISTRATIVE: 'Administratif', OTHER: 'Autre',
  },
  'exchanges[].direction': { SEND: 'Envoi', RECEIVE: 'Réception', BOTH: 'Envoi et réception' },
};

/** Words of the rule catalogue (GET /api/v1/rules gives codes). */
export const SEVERITIES = { ERROR: 'Erreur', WARNING: 'Avertissement', INFO: 'Recommandation' };
export const SUBJECT_KINDS = {
  structure: 'La structure', mailbox: 'Une boîte aux lettres', professional: 'Un professionnel',
  exchange: 'Un échange', 'acknowledged subject': "L'élément d'une dérogation",
  legalEntityFiness: 'Un organisme gestionnaire',
};
