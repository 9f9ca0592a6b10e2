-- One PostgreSQL server, one database per service: no service reads another's tables.
CREATE DATABASE school_service;
CREATE DATABASE placement_service;
CREATE DATABASE provider_view;
