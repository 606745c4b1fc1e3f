-- Reserved for another branch (the lead drops this file at merge).
SELECT 1;
