namespace Ingestion.Parser.Core;

/// <summary>
/// The length, first and last letter of every word of a set, ASCII letters compared case-insensitively: a test that a
/// word may be in the set, cheaper than hashing it. It never turns down a word of the set.
/// </summary>
internal sealed class WordShapes
{
    private const int Letters = 27;

    private readonly int _longest;
    private readonly uint[] _lastLetters;

    public WordShapes(IEnumerable<string> words)
    {
        var list = words.ToList();
        _longest = list.Count == 0 ? 0 : list.Max(word => word.Length);
        _lastLetters = new uint[(_longest + 1) * Letters];
        foreach (var word in list.Where(word => word.Length > 0))
        {
            _lastLetters[Index(word)] |= 1u << Letter(word[^1]);
        }
    }

    public bool MayHold(ReadOnlySpan<char> word) =>
        word.Length > 0 && word.Length <= _longest && (_lastLetters[Index(word)] & (1u << Letter(word[^1]))) != 0;

    private static int Index(ReadOnlySpan<char> word) => (word.Length * Letters) + Letter(word[0]);

    /// <summary>
    /// a to z as 0 to 25 in either case, and so are the few other letters a case-insensitive comparison takes for them
    /// (dotless ı for i); anything else (digits, accented letters) shares 26.
    /// </summary>
    private static int Letter(char c)
    {
        var upper = c < 128 ? (char)(c & ~0x20) : char.ToUpperInvariant(c);
        return upper is >= 'A' and <= 'Z' ? upper - 'A' : Letters - 1;
    }
}
