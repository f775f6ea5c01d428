using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>
/// The same HTML page as another site's server or tool ships it must split the same. Every labelled HTML page is
/// rewritten in one way whose meaning a browser shows unchanged, and parsed again: minified (as Cloudflare's Auto Minify,
/// html-minifier and most build tools ship it), pretty-printed (a CMS template or an editor's "format document"),
/// with text characters written as entities (older CMSs and editors: "&amp;rsquo;", "&amp;#8217;", "&amp;nbsp;·&amp;nbsp;")
/// or entities written as characters, and with upper-case tag and attribute names and unquoted values (HTML 4-era
/// pages: "&lt;TD CLASS=byline&gt;"). Only markup and text nodes are rewritten; the contents of script, style, pre and
/// textarea stay as they are, so JSON-LD is read the same.
/// </summary>
public partial class HtmlVariantTests
{
    private static readonly System.Buffers.SearchValues<char> UnquotableCharacters = System.Buffers.SearchValues.Create(" \t\r\n\f\"'=<>`");
    private static readonly Encoding ByteKeeping = Encoding.Latin1;
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, true);

    // Elements around which a browser shows no whitespace (and inside whose edges none either): block boxes and head items.
    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "html", "head", "body", "title", "meta", "link", "base", "script", "style", "noscript",
        "div", "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "menu",
        "table", "caption", "colgroup", "col", "thead", "tbody", "tfoot", "tr", "td", "th",
        "section", "article", "aside", "header", "footer", "nav", "main", "figure", "figcaption", "address",
        "blockquote", "form", "fieldset", "legend", "hr", "center", "details", "summary", "hgroup", "iframe", "option", "select",
    };

    private static readonly HashSet<string> VoidElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    };

    private static readonly HashSet<string> RawElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "pre", "textarea", "xmp", "svg", "math",
    };

    [Fact]
    public void Every_labelled_html_page_splits_the_same_minified() =>
        AssertEveryHtmlPageSplitsTheSame(Minified, keepBytes: true);

    [Fact]
    public void Every_labelled_html_page_splits_the_same_pretty_printed() =>
        AssertEveryHtmlPageSplitsTheSame(PrettyPrinted, keepBytes: true);

    [Fact]
    public void Every_labelled_html_page_splits_the_same_pretty_printed_with_text_on_lines_of_its_own() =>
        AssertEveryHtmlPageSplitsTheSame(PrettyPrintedWithTextOnOwnLines, keepBytes: true);

    [Fact]
    public void Every_labelled_html_page_splits_the_same_with_text_written_as_entities() =>
        AssertEveryHtmlPageSplitsTheSame(WithEntities, keepBytes: false);

    [Fact]
    public void Every_labelled_html_page_splits_the_same_with_entities_written_as_characters() =>
        AssertEveryHtmlPageSplitsTheSame(WithoutEntities, keepBytes: false);

    [Fact]
    public void Every_labelled_html_page_splits_the_same_with_html4_tags() =>
        AssertEveryHtmlPageSplitsTheSame(Html4Tags, keepBytes: true);

    private static (int Pages, int Rewritten, List<string> Differing) Measure(Func<string, string> rewrite, bool keepBytes)
    {
        var pages = LabelledPages.All().Where(path => path.EndsWith(".html", StringComparison.Ordinal)).ToList();
        var differing = new List<string>();
        var rewritten = 0;
        foreach (var path in pages)
        {
            var bytes = File.ReadAllBytes(path);
            string text;
            Encoding encoding;
            try
            {
                encoding = keepBytes ? ByteKeeping : StrictUtf8;
                text = encoding.GetString(bytes);
            }
            catch (DecoderFallbackException)
            {
                continue; // entities need the characters; a page in a legacy charset is left out.
            }

            var variant = rewrite(text);
            if (variant == text)
            {
                continue;
            }

            rewritten++;
            var variantBytes = encoding.GetBytes(variant);
            if (encoding == StrictUtf8 && bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble))
            {
                variantBytes = [.. Encoding.UTF8.Preamble, .. variantBytes];
            }

            if (LabelledPages.SplitAsJson(bytes, path) != LabelledPages.SplitAsJson(variantBytes, path))
            {
                differing.Add(LabelledPages.Relative(path));
            }
        }

        return (pages.Count, rewritten, differing);
    }

    private static void AssertEveryHtmlPageSplitsTheSame(Func<string, string> rewrite, bool keepBytes)
    {
        var (pages, rewritten, differing) = Measure(rewrite, keepBytes);
        Assert.True(rewritten > pages / 2, $"only {rewritten} of {pages} pages had anything to rewrite");
        Assert.True(differing.Count == 0, $"{differing.Count} pages split differently:\n" + string.Join('\n', differing.Take(20)));
    }


    private enum Kind
    {
        Text,
        Tag,
        Other,
    }

    private readonly record struct Token(Kind Kind, string Value, string Name, bool Closing);

    /// <summary>The page as tokens: tags, text, and everything kept verbatim (comments, doctype, raw element contents).</summary>
    private static List<Token> Tokens(string html)
    {
        var tokens = new List<Token>();
        var at = 0;
        while (at < html.Length)
        {
            var lt = html.IndexOf('<', at);
            if (lt < 0)
            {
                tokens.Add(new Token(Kind.Text, html[at..], "", false));
                break;
            }

            if (lt > at)
            {
                tokens.Add(new Token(Kind.Text, html[at..lt], "", false));
            }

            if (string.CompareOrdinal(html, lt, "<!--", 0, 4) == 0)
            {
                var end = html.IndexOf("-->", lt + 4, StringComparison.Ordinal);
                end = end < 0 ? html.Length : end + 3;
                tokens.Add(new Token(Kind.Other, html[lt..end], "", false));
                at = end;
                continue;
            }

            var tag = TagAt().Match(html, lt);
            if (!tag.Success)
            {
                if (lt + 1 < html.Length && (html[lt + 1] == '!' || html[lt + 1] == '?'))
                {
                    var end = html.IndexOf('>', lt);
                    end = end < 0 ? html.Length : end + 1;
                    tokens.Add(new Token(Kind.Other, html[lt..end], "", false));
                    at = end;
                }
                else
                {
                    tokens.Add(new Token(Kind.Text, "<", "", false));
                    at = lt + 1;
                }

                continue;
            }

            var name = tag.Groups["name"].Value;
            var closing = tag.Groups["close"].Success;
            tokens.Add(new Token(Kind.Tag, tag.Value, name, closing));
            at = lt + tag.Length;
            if (!closing && RawElements.Contains(name) && !tag.Value.EndsWith("/>", StringComparison.Ordinal))
            {
                var close = html.IndexOf("</" + name, at, StringComparison.OrdinalIgnoreCase);
                close = close < 0 ? html.Length : close;
                if (close > at)
                {
                    tokens.Add(new Token(Kind.Other, html[at..close], "", false));
                }

                at = close;
            }
        }

        return tokens;
    }

    private static bool IsBlockTag(List<Token> tokens, int index) =>
        index >= 0 && index < tokens.Count && tokens[index].Kind != Kind.Text
        && (tokens[index].Kind == Kind.Other || BlockElements.Contains(tokens[index].Name));

    /// <summary>Whitespace-only text beside a block tag removed, text trimmed at block edges, runs collapsed to one space.</summary>
    public static string Minified(string html)
    {
        var tokens = Tokens(html);
        var output = new StringBuilder(html.Length);
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Kind != Kind.Text || InsideRaw(tokens, i))
            {
                output.Append(token.Value);
                continue;
            }

            var text = AsciiWhitespace().Replace(token.Value, " ");
            if (IsBlockTag(tokens, i - 1) || i == 0)
            {
                text = text.TrimStart(' ');
            }

            if (IsBlockTag(tokens, i + 1) || i == tokens.Count - 1)
            {
                text = text.TrimEnd(' ');
            }

            output.Append(text);
        }

        return output.ToString();
    }

    private static bool InsideRaw(List<Token> tokens, int index) =>
        index > 0 && tokens[index - 1].Kind == Kind.Tag && !tokens[index - 1].Closing && RawElements.Contains(tokens[index - 1].Name);

    /// <summary>A line break and indentation between two tags where one is a block tag and no text stands between them.</summary>
    public static string PrettyPrinted(string html) => PrettyPrinted(html, textOnOwnLines: false);

    /// <summary>Also text inside a block on a line of its own ("&lt;div class="byline"&gt;\n    By Jane Doe\n  &lt;/div&gt;"), as templates write it.</summary>
    public static string PrettyPrintedWithTextOnOwnLines(string html) => PrettyPrinted(html, textOnOwnLines: true);

    private static string PrettyPrinted(string html, bool textOnOwnLines)
    {
        var tokens = Tokens(html);
        var output = new StringBuilder(html.Length + html.Length / 4);
        var depth = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Kind == Kind.Tag && token.Closing)
            {
                depth = Math.Max(0, depth - 1);
            }

            var whitespaceOnly = token.Kind == Kind.Text && !InsideRaw(tokens, i) && token.Value.AsSpan().Trim(" \t\r\n\f").IsEmpty;
            if (whitespaceOnly && i > 0 && i + 1 < tokens.Count && tokens[i - 1].Kind == Kind.Tag && tokens[i + 1].Kind == Kind.Tag
                && (BlockElements.Contains(tokens[i - 1].Name) || BlockElements.Contains(tokens[i + 1].Name)))
            {
                continue; // replaced by the break below
            }

            if (token.Kind == Kind.Tag && i > 0 && BreakBefore(tokens, i))
            {
                output.Append('\n').Append(' ', Math.Min(depth, 20) * 2);
            }

            var ownLine = textOnOwnLines && token.Kind == Kind.Text && !whitespaceOnly && !InsideRaw(tokens, i);
            var afterBlock = ownLine && i > 0 && tokens[i - 1].Kind == Kind.Tag && BlockElements.Contains(tokens[i - 1].Name);
            var beforeBlock = ownLine && i + 1 < tokens.Count && tokens[i + 1].Kind == Kind.Tag && BlockElements.Contains(tokens[i + 1].Name);
            if (afterBlock)
            {
                output.Append('\n').Append(' ', Math.Min(depth, 20) * 2);
            }

            var value = afterBlock ? token.Value.TrimStart(' ', '\t', '\r', '\n', '\f') : token.Value;
            output.Append(beforeBlock ? value.TrimEnd(' ', '\t', '\r', '\n', '\f') : value);
            if (beforeBlock)
            {
                output.Append('\n').Append(' ', Math.Max(0, Math.Min(depth, 20) - 1) * 2);
            }

            if (token.Kind == Kind.Tag && !token.Closing && !VoidElements.Contains(token.Name) && !token.Value.EndsWith("/>", StringComparison.Ordinal))
            {
                depth++;
            }
        }

        return output.ToString();
    }

    private static bool BreakBefore(List<Token> tokens, int index)
    {
        var previous = index - 1;
        if (tokens[previous].Kind == Kind.Text && !InsideRaw(tokens, previous) && tokens[previous].Value.AsSpan().Trim(" \t\r\n\f").IsEmpty)
        {
            previous--;
        }

        return previous >= 0 && tokens[previous].Kind == Kind.Tag
            && (BlockElements.Contains(tokens[previous].Name) || BlockElements.Contains(tokens[index].Name));
    }

    private static readonly Dictionary<char, string> NamedEntities = new()
    {
        ['\u2019'] = "&rsquo;", ['\u2018'] = "&lsquo;", ['\u201c'] = "&ldquo;", ['\u201d'] = "&rdquo;",
        ['\u2014'] = "&mdash;", ['\u2013'] = "&ndash;", ['\u2026'] = "&hellip;", ['\u00a0'] = "&nbsp;",
        ['\u00e9'] = "&eacute;", ['\u00e8'] = "&egrave;", ['\u00e0'] = "&agrave;", ['\u00fc'] = "&uuml;", ['\u00f6'] = "&ouml;",
        ['\u00e4'] = "&auml;", ['\u00df'] = "&szlig;", ['\u00f1'] = "&ntilde;", ['\u00e7'] = "&ccedil;", ['\u00a9'] = "&copy;",
        ['\u00b7'] = "&middot;", ['\u2022'] = "&bull;", ['\u00bb'] = "&raquo;", ['\u00ab'] = "&laquo;", ['\u20ac'] = "&euro;",
        ['"'] = "&quot;",
    };

    /// <summary>Text characters as entities: named where a CMS names them, numeric otherwise; "&amp;"; "&amp;nbsp;" around separators.</summary>
    public static string WithEntities(string html)
    {
        var tokens = Tokens(html);
        var output = new StringBuilder(html.Length * 2);
        var numeric = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Kind != Kind.Text || InsideRaw(tokens, i))
            {
                output.Append(token.Value);
                continue;
            }

            var text = SpacedSeparator().Replace(token.Value, "\u00a0$1\u00a0");
            for (var c = 0; c < text.Length; c++)
            {
                var ch = text[c];
                if (ch == '&')
                {
                    output.Append(EntityAt().IsMatch(text, c) ? "&" : "&amp;");
                }
                else if (char.IsSurrogate(ch) || ch < 128 && ch != '"')
                {
                    output.Append(ch);
                }
                else
                {
                    // Alternate the two spellings so both are met: "&rsquo;" and "&#8217;".
                    numeric = !numeric;
                    output.Append(!numeric && NamedEntities.TryGetValue(ch, out var named) ? named : $"&#{(int)ch};");
                }
            }
        }

        return output.ToString();
    }

    /// <summary>Entities in text written as the characters, as a UTF-8 CMS saves them; "&amp;amp;", "&amp;lt;" and "&amp;gt;" stay.</summary>
    public static string WithoutEntities(string html)
    {
        var tokens = Tokens(html);
        var output = new StringBuilder(html.Length);
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Kind != Kind.Text || InsideRaw(tokens, i))
            {
                output.Append(token.Value);
                continue;
            }

            output.Append(Entity().Replace(token.Value, match =>
            {
                var entity = match.Value;
                if (entity is "&amp;" or "&lt;" or "&gt;" or "&#38;" or "&#60;" or "&#62;")
                {
                    return entity;
                }

                var decoded = WebUtility.HtmlDecode(entity);
                return decoded == entity || decoded.Contains('<') || decoded.Contains('&') ? entity : decoded;
            }));
        }

        return output.ToString();
    }

    /// <summary>Tag and attribute names in capitals, values unquoted where HTML allows ("&lt;TD CLASS=byline&gt;").</summary>
    public static string Html4Tags(string html)
    {
        var tokens = Tokens(html);
        var output = new StringBuilder(html.Length);
        foreach (var token in tokens)
        {
            if (token.Kind != Kind.Tag || IsForeign(token.Name))
            {
                output.Append(token.Value);
                continue;
            }

            var tag = token.Value;
            var nameStart = token.Closing ? 2 : 1;
            output.Append(tag, 0, nameStart).Append(token.Name.ToUpperInvariant());
            var rest = tag[(nameStart + token.Name.Length)..];
            output.Append(Attribute().Replace(rest, match =>
            {
                var value = match.Groups["dq"].Success ? match.Groups["dq"].Value
                    : match.Groups["sq"].Success ? match.Groups["sq"].Value
                    : match.Groups["bare"].Success ? match.Groups["bare"].Value : null;
                var name = match.Groups["attr"].Value.ToUpperInvariant();
                if (value is null)
                {
                    return match.Groups["lead"].Value + name + match.Groups["tail"].Value;
                }

                var bare = value.Length > 0 && value.AsSpan().IndexOfAny(UnquotableCharacters) < 0;
                var quote = match.Groups["dq"].Success ? "\"" : "'";
                // "content=Harborline/>" would read the slash into the value: a bare value before "/>" keeps a space.
                var slashNext = match.Index + match.Length < rest.Length && rest[match.Index + match.Length] == '/';
                return match.Groups["lead"].Value + name + "=" + (bare ? value + (slashNext ? " " : "") : quote + value + quote);
            }));
        }

        return output.ToString();
    }

    private static bool IsForeign(string name) => name.Equals("svg", StringComparison.OrdinalIgnoreCase) || name.Equals("math", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"\G<(?<close>/)?(?<name>[a-zA-Z][a-zA-Z0-9:-]*)(?:\s+[^\s/>=""']+(?:\s*=\s*(?:""[^""]*""|'[^']*'|[^\s>""'=<`]+))?|\s*/(?!>))*\s*/?>")]
    private static partial Regex TagAt();

    [GeneratedRegex(@"(?<lead>\s+)(?<attr>[^\s/>=""']+)(?:\s*=\s*(?:""(?<dq>[^""]*)""|'(?<sq>[^']*)'|(?<bare>[^\s>""'=<`]+)))?(?<tail>)")]
    private static partial Regex Attribute();

    [GeneratedRegex(@"[ \t\r\n\f]+")]
    private static partial Regex AsciiWhitespace();

    [GeneratedRegex(@" ([·|•»›–—]) ")]
    private static partial Regex SpacedSeparator();

    [GeneratedRegex(@"\G&(?:[a-zA-Z][a-zA-Z0-9]*|#[0-9]+|#[xX][0-9a-fA-F]+);")]
    private static partial Regex EntityAt();

    [GeneratedRegex(@"&(?:[a-zA-Z][a-zA-Z0-9]*|#[0-9]+|#[xX][0-9a-fA-F]+);")]
    private static partial Regex Entity();
}
