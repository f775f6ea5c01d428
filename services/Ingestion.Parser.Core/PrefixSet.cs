using System.Collections.Frozen;

namespace Ingestion.Parser.Core;

/// <summary>
/// Case-insensitive prefixes, grouped by their first two characters so a line is compared only with those it could start
/// with: grouped by the first alone, a line starting with "c" met a dozen candidates in some lists.
/// </summary>
internal sealed class PrefixSet
{
    /// <summary>Prefixes one character long ("©"): the only ones a text can match when no longer prefix shares its start.</summary>
    private readonly Candidate[] _oneCharacter;
    private readonly FrozenDictionary<int, Candidate[]> _byFirstTwoCharacters;

    /// <summary>
    /// One bit for each pair of folded ASCII characters some prefix starts with: most lines start with no listed pair,
    /// and a bit turns them down where the dictionary's hashing cost most of the lookup.
    /// </summary>
    private readonly ulong[] _asciiPairs = new ulong[(128 * 128) / 64];

    /// <remarks>Within a group the prefixes keep their given order: the first that matches wins, as listed.</remarks>
    public PrefixSet(params string[] prefixes)
    {
        prefixes = [.. ApostropheForms.AllSpellings(prefixes)];
        _oneCharacter = [.. prefixes.Where(prefix => prefix.Length == 1).Select(Candidate.Of)];
        _byFirstTwoCharacters = prefixes
            .Where(prefix => prefix.Length >= 2)
            .Select(prefix => Key(prefix[0], prefix[1]))
            .Distinct()
            .ToFrozenDictionary(key => key, key => prefixes.Where(prefix => prefix.Length == 1 ? Fold(prefix[0]) == key >> 16 : Key(prefix[0], prefix[1]) == key).Select(Candidate.Of).ToArray());
        foreach (var key in _byFirstTwoCharacters.Keys)
        {
            if (AsciiPair(key >> 16, key & 0xFFFF) is >= 0 and var pair)
            {
                _asciiPairs[pair >> 6] |= 1UL << pair;
            }
        }
    }

    /// <summary>The length of the prefix the text starts with, 0 when it starts with none.</summary>
    public int MatchLength(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return 0;
        }

        var candidates = text.Length >= 2 && GroupOf(text[0], text[1]) is { } group ? group : _oneCharacter;
        var third = text.Length >= 3 ? AsciiFold(text[2]) : NotAscii;
        foreach (var candidate in candidates)
        {
            // A line starting "The" meets a dozen "th…" prefixes: their third character turns most down without a comparison.
            if (candidate.Third != NotAscii && third != NotAscii && candidate.Third != third)
            {
                continue;
            }

            if (text.StartsWith(candidate.Prefix, StringComparison.OrdinalIgnoreCase))
            {
                return candidate.Prefix.Length;
            }
        }

        return 0;
    }

    public bool Matches(ReadOnlySpan<char> text) => MatchLength(text) > 0;

    private static int Key(char first, char second) => (Fold(first) << 16) | Fold(second);

    /// <summary>The prefixes of two characters or more that start with these two (and those of one that start with the first).</summary>
    private Candidate[]? GroupOf(char first, char second)
    {
        int foldedFirst = Fold(first), foldedSecond = Fold(second);
        if (AsciiPair(foldedFirst, foldedSecond) is >= 0 and var pair && (_asciiPairs[pair >> 6] & (1UL << pair)) == 0)
        {
            return null;
        }

        // TryGetValue on the frozen dictionary itself: the GetValueOrDefault extension goes through an interface call.
        return _byFirstTwoCharacters.TryGetValue((foldedFirst << 16) | foldedSecond, out var group) ? group : null;
    }

    /// <summary>The bit of two folded characters, -1 when either is outside ASCII.</summary>
    private static int AsciiPair(int first, int second) => (first | second) < 128 ? (first << 7) | second : -1;

    /// <summary>
    /// An ASCII character in lower case, <see cref="NotAscii"/> for any other: two ASCII characters that differ so are
    /// unequal ignoring case; whether another character equals one is left to the full comparison.
    /// </summary>
    private static char AsciiFold(char c) => char.IsAscii(c) ? char.ToLowerInvariant(c) : NotAscii;

    private const char NotAscii = '\uFFFF';

    /// <summary>A prefix with its third character folded (<see cref="NotAscii"/> when it has none, or one outside ASCII).</summary>
    private readonly record struct Candidate(string Prefix, char Third)
    {
        public static Candidate Of(string prefix) => new(prefix, prefix.Length >= 3 ? AsciiFold(prefix[2]) : NotAscii);
    }

    /// <summary>The case folding of OrdinalIgnoreCase comparisons.</summary>
    private static int Fold(char c) => char.ToUpperInvariant(c);
}
