using System.Collections.Frozen;

namespace Ingestion.Parser.Core;

/// <summary>Case-insensitive prefixes, grouped by their first character so a line is compared only with those it could start with.</summary>
internal sealed class PrefixSet
{
    private readonly FrozenDictionary<char, string[]> _byFirstCharacter;
    private readonly string[][] _byAsciiFirstCharacter = new string[128][];

    /// <remarks>Within a group the prefixes keep their given order: the first that matches wins, as listed.</remarks>
    public PrefixSet(params string[] prefixes)
    {
        _byFirstCharacter = prefixes
            .GroupBy(prefix => char.ToUpperInvariant(prefix[0]))
            .ToFrozenDictionary(group => group.Key, group => group.ToArray());
        for (var c = 0; c < 128; c++)
        {
            _byAsciiFirstCharacter[c] = _byFirstCharacter.GetValueOrDefault(char.ToUpperInvariant((char)c), []);
        }
    }

    /// <summary>The length of the prefix the text starts with, 0 when it starts with none.</summary>
    public int MatchLength(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return 0;
        }

        var first = text[0];
        var candidates = char.IsAscii(first) ? _byAsciiFirstCharacter[first] : _byFirstCharacter.GetValueOrDefault(char.ToUpperInvariant(first), []);

        foreach (var prefix in candidates)
        {
            if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return prefix.Length;
            }
        }

        return 0;
    }

    public bool Matches(ReadOnlySpan<char> text) => MatchLength(text) > 0;
}
