using System.Collections.Frozen;

namespace Ingestion.Parser.Core;

/// <summary>
/// Case-insensitive prefixes, grouped by their first two characters so a line is compared only with those it could start
/// with: grouped by the first alone, a line starting with "c" met a dozen candidates in some lists.
/// </summary>
internal sealed class PrefixSet
{
    /// <summary>Prefixes one character long ("©"): the only ones a text can match when no longer prefix shares its start.</summary>
    private readonly string[] _oneCharacter;
    private readonly FrozenDictionary<int, string[]> _byFirstTwoCharacters;

    /// <remarks>Within a group the prefixes keep their given order: the first that matches wins, as listed.</remarks>
    public PrefixSet(params string[] prefixes)
    {
        _oneCharacter = [.. prefixes.Where(prefix => prefix.Length == 1)];
        _byFirstTwoCharacters = prefixes
            .Where(prefix => prefix.Length >= 2)
            .Select(prefix => Key(prefix[0], prefix[1]))
            .Distinct()
            .ToFrozenDictionary(key => key, key => prefixes.Where(prefix => prefix.Length == 1 ? Fold(prefix[0]) == key >> 16 : Key(prefix[0], prefix[1]) == key).ToArray());
    }

    /// <summary>The length of the prefix the text starts with, 0 when it starts with none.</summary>
    public int MatchLength(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return 0;
        }

        var candidates = text.Length >= 2 ? _byFirstTwoCharacters.GetValueOrDefault(Key(text[0], text[1])) : null;
        foreach (var prefix in candidates ?? _oneCharacter)
        {
            if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return prefix.Length;
            }
        }

        return 0;
    }

    public bool Matches(ReadOnlySpan<char> text) => MatchLength(text) > 0;

    private static int Key(char first, char second) => (Fold(first) << 16) | Fold(second);

    /// <summary>The case folding of OrdinalIgnoreCase comparisons.</summary>
    private static int Fold(char c) => char.ToUpperInvariant(c);
}
