// Package keys builds keys and imports no Redis client: it is read from
// source because it belongs to the module.
package keys

const Profile = "user:101:profile"
