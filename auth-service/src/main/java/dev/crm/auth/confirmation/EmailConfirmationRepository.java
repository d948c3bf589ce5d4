package dev.crm.auth.confirmation;

import dev.crm.auth.links.EmailedLinks;

interface EmailConfirmationRepository extends EmailedLinks<EmailConfirmation> {}
