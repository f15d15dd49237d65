// Who the data scripts act as. Whoever runs them holds the database's credentials, hence every
// right already; the lib/db functions still check their permission against this admin.
import type { SessionUser } from "../lib/domain/roles";

export const DATA_OPERATOR: SessionUser = { id: "data-script-operator", email: "operator@localhost", name: "Data script operator", role: "ADMIN", disabled: false };
