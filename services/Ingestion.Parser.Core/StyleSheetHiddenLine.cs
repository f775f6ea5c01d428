using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;style&gt;.xq7trap{display: none}&lt;/style&gt; … &lt;p class="xq7trap"&gt;Stolen copy: read the original on
/// its home platform.&lt;/p&gt;": a story platform sets a trap line for copy-and-paste thieves into the text and hides
/// it from readers by a class its own style sheet hides. A reader never sees the line, so it is no paragraph. Only a
/// class hidden by a top-level rule of a style element in the page counts (not one inside "@media"), and only a short
/// element goes: a long block a button will open ("Read more") is the story's. A hidden element whose class names the
/// page's metadata ("meta-author", "post-date", "entry-category") is left to the metadata readers: a theme that hides
/// its byline row by CSS still names the writer in it.
/// </summary>
internal static class StyleSheetHiddenLine
{
    /// <summary>The longest hidden element taken out: a line or two, no story block.</summary>
    private const int LongestLine = 300;

    private static readonly WordSet MetadataClassWords = new(["author", "byline", "date", "time", "meta", "category", "categories", "tag", "tags", "posted"]);

    public static void Remove(IDocument document)
    {
        if (document.Body is not { } body)
        {
            return;
        }

        HashSet<string>? hidden = null;
        foreach (var style in document.SelectAll("style"))
        {
            foreach (var name in HiddenClasses(style.TextContent))
            {
                (hidden ??= new HashSet<string>(StringComparer.Ordinal)).Add(name);
            }
        }

        if (hidden is null)
        {
            return;
        }

        foreach (var element in body.Descendants<IElement>().Where(element => element.ClassList.Any(hidden.Contains)).ToList())
        {
            if (element.Parent is not null && !NodeText.IsLongerThan(element, LongestLine) && !MetadataClassWords.ContainsNamePart(element.ClassName))
            {
                element.Remove();
            }
        }
    }

    /// <summary>The class names a style sheet hides by a top-level rule of single-class selectors (".trap, .trap2 { display: none }").</summary>
    internal static IEnumerable<string> HiddenClasses(string css)
    {
        var at = 0;
        while (at < css.Length)
        {
            var open = css.IndexOf('{', at);
            if (open < 0)
            {
                yield break;
            }

            var selector = WithoutComments(css.AsSpan(at, open - at)).Replace("<![CDATA[", string.Empty, StringComparison.Ordinal).Trim();
            var close = MatchingClose(css, open);
            if (close < 0)
            {
                yield break;
            }

            if (!selector.StartsWith('@') && IsHiding(css.AsSpan(open + 1, close - open - 1)))
            {
                foreach (var part in selector.Split(',', StringSplitOptions.TrimEntries))
                {
                    if (IsSingleClass(part))
                    {
                        yield return part[1..];
                    }
                }
            }

            at = close + 1;
        }
    }

    /// <summary>The brace closing the block opened at <paramref name="open"/>, nested blocks ("@media { … { … } }") skipped.</summary>
    internal static int MatchingClose(string css, int open)
    {
        var depth = 0;
        for (var i = open; i < css.Length; i++)
        {
            if (css[i] == '{')
            {
                depth++;
            }
            else if (css[i] == '}' && --depth == 0)
            {
                return i;
            }
        }

        return -1;
    }

    internal static bool IsHiding(ReadOnlySpan<char> declarations)
    {
        Span<char> buffer = declarations.Length <= 512 ? stackalloc char[declarations.Length] : new char[declarations.Length];
        var length = 0;
        foreach (var c in declarations)
        {
            if (!char.IsWhiteSpace(c))
            {
                buffer[length++] = char.ToLowerInvariant(c);
            }
        }

        var packed = buffer[..length];
        return packed.StartsWith("display:none") || packed.Contains(";display:none", StringComparison.Ordinal);
    }

    /// <summary>".name": one class and nothing else (no element, no descendant, no state).</summary>
    internal static bool IsSingleClass(string selector)
    {
        if (selector.Length < 2 || selector[0] != '.' || !(char.IsLetter(selector[1]) || selector[1] == '_'))
        {
            return false;
        }

        foreach (var c in selector.AsSpan(1))
        {
            if (!(char.IsLetterOrDigit(c) || c is '-' or '_'))
            {
                return false;
            }
        }

        return true;
    }

    internal static string WithoutComments(ReadOnlySpan<char> text)
    {
        var result = text.ToString();
        int start;
        while ((start = result.IndexOf("/*", StringComparison.Ordinal)) >= 0)
        {
            var end = result.IndexOf("*/", start + 2, StringComparison.Ordinal);
            result = end < 0 ? result[..start] : result[..start] + result[(end + 2)..];
        }

        return result;
    }
}
