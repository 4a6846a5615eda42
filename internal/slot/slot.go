// Package slot computes Redis Cluster hash slots.
//
// A key's slot is CRC16-XMODEM of its hash tag (or of the whole key when it
// has none) modulo 16384. The hash tag is the part between the first '{' and
// the first '}' after it, when that part is non-empty. Keys are bytes, not
// runes: invalid UTF-8 and NUL bytes are legal and hashed as they are.
package slot

import "unsafe"

// Count is the number of hash slots in a Redis Cluster.
const Count = 16384

// crcTable is the CRC16-XMODEM (polynomial 0x1021, initial 0) table.
var crcTable = func() (t [256]uint16) {
	for i := range t {
		c := uint16(i) << 8
		for range 8 {
			if c&0x8000 != 0 {
				c = c<<1 ^ 0x1021
			} else {
				c <<= 1
			}
		}
		t[i] = c
	}
	return t
}()

// crc16 returns CRC16-XMODEM of s.
func crc16(s string) uint16 {
	var crc uint16
	for i := 0; i < len(s); i++ {
		crc = crc<<8 ^ crcTable[byte(crc>>8)^s[i]]
	}
	return crc
}

// CRC16 returns CRC16-XMODEM of s, the checksum Redis Cluster uses.
func CRC16(s string) uint16 { return crc16(s) }

// Tag returns the hash tag of key and whether key has one: the bytes between
// the first '{' and the first '}' after it, when they are not empty.
func Tag(key string) (string, bool) {
	for i := 0; i < len(key); i++ {
		if key[i] != '{' {
			continue
		}
		for j := i + 1; j < len(key); j++ {
			if key[j] == '}' {
				if j == i+1 {
					return "", false
				}
				return key[i+1 : j], true
			}
		}
		return "", false
	}
	return "", false
}

// HashPart returns the part of key that Redis hashes: its tag, or the whole
// key when it has none.
func HashPart(key string) string {
	if t, ok := Tag(key); ok {
		return t
	}
	return key
}

// Of returns the hash slot of key. It does not allocate.
func Of(key string) uint16 {
	return crc16(HashPart(key)) % Count
}

// OfBytes returns the hash slot of key. It does not allocate.
func OfBytes(key []byte) uint16 {
	// Of keeps nothing of the string, so it may share key's bytes. (A plain
	// string(key) copies, and allocates for keys longer than 32 bytes.)
	return Of(unsafe.String(unsafe.SliceData(key), len(key)))
}

// OfPrefix returns the slot shared by every key that starts with prefix, when
// there is one. That holds when prefix already contains a complete, non-empty
// hash tag: whatever follows cannot change where the tag starts or ends, so
// the tag of the prefix is the tag of every such key.
func OfPrefix(prefix string) (uint16, bool) {
	t, ok := Tag(prefix)
	if !ok {
		return 0, false
	}
	return crc16(t) % Count, true
}
