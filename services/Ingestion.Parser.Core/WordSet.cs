using System.Collections.Frozen;

namespace Ingestion.Parser.Core;

/// <summary>Words and short phrases matched case-insensitively, looked up by span so a line's words need no string each.</summary>
internal sealed class WordSet
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _words;

    // Most words asked about are in no set: their shape turns them down before they are hashed.
    private readonly WordShapes _shapes;

    public WordSet(params IEnumerable<string> words)
    {
        var set = ApostropheForms.AllSpellings(words).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _words = set.GetAlternateLookup<ReadOnlySpan<char>>();
        _shapes = new WordShapes(set);
    }

    public bool Contains(ReadOnlySpan<char> text) => _shapes.MayHold(text) && _words.Contains(text);

    /// <summary>
    /// "ShareTweetEmail", "ReplyLikeReport", "Play0:002:14MuteFullscreen": words a text rendering ran together (the markup
    /// set no space between its buttons) are all in the set. Each capital after a small letter or a digit starts the next
    /// word; <paramref name="edges"/> are trimmed from each.
    /// </summary>
    public bool ContainsEachGlued(ReadOnlySpan<char> text, ReadOnlySpan<char> edges)
    {
        var start = 0;
        var parts = 0;
        for (var i = 1; i <= text.Length; i++)
        {
            if (i < text.Length && !Words.IsGlueSeam(text, i, afterDigit: true))
            {
                continue;
            }

            var part = text[start..i].Trim(edges);
            if (part.IsEmpty || !Contains(part))
            {
                return false;
            }

            parts++;
            start = i;
        }

        return parts >= 2;
    }

    /// <summary>Whether a part of class names or ids ("comment-list sidebar_ad") is in the set, parts split at spaces, hyphens and underscores.</summary>
    public bool ContainsNamePart(ReadOnlySpan<char> names)
    {
        foreach (var range in names.SplitAny(" -_"))
        {
            if (Contains(names[range]))
            {
                return true;
            }
        }

        return false;
    }
}
