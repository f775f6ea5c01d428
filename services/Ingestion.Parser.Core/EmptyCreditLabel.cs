namespace Ingestion.Parser.Core;

/// <summary>
/// "(Foto: )", "(Bild:  )": a template prints the credit's label in brackets even when the picture has no credit. The
/// empty label credits no one: it is no part of a caption, and a caption of nothing else is none.
/// </summary>
internal static class EmptyCreditLabel
{
    private const int LongestLabel = 12;

    public static string Without(string caption)
    {
        var open = caption.IndexOf('(');
        if (open < 0 || caption.IndexOf(':', open) < 0)
        {
            return caption;
        }

        var result = caption;
        for (open = result.IndexOf('('); open >= 0; open = result.IndexOf('(', open + 1))
        {
            var close = result.IndexOf(')', open);
            if (close < 0)
            {
                break;
            }

            var inside = result.AsSpan(open + 1, close - open - 1).Trim(" \u00a0\t");
            if (inside is [.., ':'] && inside.Length - 1 <= LongestLabel && inside.Length > 1 && Words.AreAllLetters(inside[..^1]))
            {
                result = Whitespace.Collapse(string.Concat(result.AsSpan(0, open), " ", result.AsSpan(close + 1))).Trim();
                open = -1;
                if (result.Length == 0)
                {
                    break;
                }
            }
        }

        return result;
    }
}
