namespace Sift.Events;

/// <summary>
/// Nouns that name a deed done to someone, whose "of" phrase is the one it is done to: "the purging of the
/// terrorist groups", "the killing of civilians". Praising or condemning the deed is no act towards them,
/// so such a phrase names no party to the clause's event (unlike "the support of the Iranian leadership",
/// whose "of" phrase is the one who supports).
/// </summary>
internal static class ActionNouns
{
    public static bool Contains(string? lemma) =>
        lemma is "purging" or "purge" or "killing" or "murder" or "assassination" or "execution" or "massacre" or "slaughter"
            or "bombing" or "bombardment" or "shelling" or "shooting" or "targeting" or "torture" or "persecution"
            or "arrest" or "detention" or "kidnapping" or "abduction" or "capture" or "release" or "deportation" or "expulsion"
            or "eviction" or "removal" or "elimination" or "ouster" or "overthrow" or "defeat" or "destruction" or "liberation"
            or "evacuation" or "siege" or "blockade" or "invasion" or "occupation";
}
