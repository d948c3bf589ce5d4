package dev.crm.auth.passwords;

import dev.crm.auth.links.EmailedLinks;

interface PasswordResetRepository extends EmailedLinks<PasswordReset> {}
