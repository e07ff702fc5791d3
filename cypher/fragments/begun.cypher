// A time-bound relationship has begun by the request's moment $at (validFrom <= $at): it is in
// force then (@in-force) or has ended since. The one place validFrom meets the moment.
// @fragment begun(rel)
{rel}.validFrom <= $at
