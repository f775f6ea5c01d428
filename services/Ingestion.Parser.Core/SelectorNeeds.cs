namespace Ingestion.Parser.Core;

/// <summary>
/// What a CSS selector list needs a page to have before it can match anything there: for each of its comma-separated
/// selectors, the tag names, class names and attribute names it names outside pseudo-classes, and the text a
/// <c>[class…='…']</c> test looks for. Most of the parser's queries look for something a given page lacks (a forum's
/// post box, a hover card, a <c>pre</c>); answered from <see cref="PageFeatures"/>, they cost no walk of the page.
/// A selector this reader does not follow (an escape, a namespace) needs nothing, so it is always searched.
/// </summary>
internal sealed class SelectorNeeds
{
    private readonly Part[] _parts;

    private SelectorNeeds(Part[] parts) => _parts = parts;

    /// <summary>False only when every selector of the list names something the page does not have.</summary>
    public bool MayMatch(PageFeatures page)
    {
        foreach (var part in _parts)
        {
            if (part.MayMatch(page))
            {
                return true;
            }
        }

        return false;
    }

    public static SelectorNeeds Of(string selectorList)
    {
        var parts = new List<Part>();
        var start = 0;
        for (var i = 0; i <= selectorList.Length; i++)
        {
            if (i == selectorList.Length || selectorList[i] == ',')
            {
                parts.Add(Part.Read(selectorList[start..i]));
                start = i + 1;
            }
            else if (selectorList[i] is '[' or '(' or '"' or '\'')
            {
                i = SkipGroup(selectorList, i) - 1;
            }
        }

        return new SelectorNeeds([.. parts]);
    }

    /// <summary>The index after a bracket, parenthesis or quoted string that opens at <paramref name="open"/>.</summary>
    private static int SkipGroup(string text, int open)
    {
        var close = text[open] switch { '[' => ']', '(' => ')', var quote => quote };
        var quoted = close is '"' or '\'';
        for (var i = open + 1; i < text.Length; i++)
        {
            if (text[i] == close)
            {
                return i + 1;
            }

            if (!quoted && text[i] is '"' or '\'' or '(' or '[')
            {
                i = SkipGroup(text, i) - 1;
            }
        }

        return text.Length;
    }

    /// <summary>One comma part's needs: names written as <see cref="PageFeatures.Has"/> reads them, and class texts.</summary>
    private sealed record Part(string[] Names, string[] ClassTexts)
    {
        private static readonly Part Unread = new([], []);

        public bool MayMatch(PageFeatures page)
        {
            foreach (var name in Names)
            {
                if (!page.Has(name))
                {
                    return false;
                }
            }

            foreach (var text in ClassTexts)
            {
                if (!page.HasClassText(text))
                {
                    return false;
                }
            }

            return true;
        }

        public static Part Read(string selector)
        {
            List<string> names = [], classTexts = [];
            var i = 0;
            while (i < selector.Length)
            {
                var c = selector[i];
                if (char.IsWhiteSpace(c) || c is '>' or '+' or '~' or '*')
                {
                    i++;
                }
                else if (c is '.' or '#')
                {
                    var name = Identifier(selector, i + 1);
                    if (name.Length == 0)
                    {
                        return Unread;
                    }

                    if (c == '.')
                    {
                        names.Add("." + name);
                    }

                    i += 1 + name.Length;
                }
                else if (c == '[')
                {
                    var end = SkipGroup(selector, i);
                    if (!ReadAttribute(selector[(i + 1)..Math.Max(i + 1, end - 1)], names, classTexts))
                    {
                        return Unread;
                    }

                    i = end;
                }
                else if (c == ':')
                {
                    // A pseudo-class's argument (":not(.ad)") names what an element must lack, or one of several
                    // choices: none of it is needed.
                    i++;
                    while (i < selector.Length && (selector[i] == ':' || IsIdentifierChar(selector[i])))
                    {
                        i++;
                    }

                    if (i < selector.Length && selector[i] == '(')
                    {
                        i = SkipGroup(selector, i);
                    }
                }
                else if (IsIdentifierChar(c))
                {
                    var name = Identifier(selector, i);
                    names.Add("<" + name);
                    i += name.Length;
                }
                else
                {
                    return Unread;
                }
            }

            return new Part([.. names], [.. classTexts]);
        }

        /// <summary>"href^='#'", "class*='overlay' i", "data-seconds": the attribute's name, and for <c>class</c> the text.</summary>
        private static bool ReadAttribute(string inside, List<string> names, List<string> classTexts)
        {
            inside = inside.Trim();
            var name = Identifier(inside, 0);
            var rest = inside.AsSpan(name.Length).TrimStart();
            var known = rest.IsEmpty || rest[0] == '=' || rest.Length > 1 && rest[0] is '~' or '|' or '^' or '$' or '*' && rest[1] == '=';
            if (name.Length == 0 || !known)
            {
                return false;
            }

            names.Add("[" + name);
            var quote = inside.IndexOfAny(['"', '\'']);
            if (name.Equals("class", StringComparison.OrdinalIgnoreCase) && quote >= 0 && inside.IndexOf(inside[quote], quote + 1) is var close and > 0)
            {
                var text = inside[(quote + 1)..close];
                if (text.Length > 0 && !text.Contains('\\', StringComparison.Ordinal))
                {
                    classTexts.Add(text);
                }
            }

            return true;
        }

        private static string Identifier(string text, int start)
        {
            var end = start;
            while (end < text.Length && IsIdentifierChar(text[end]))
            {
                end++;
            }

            return end < text.Length && text[end] == '\\' ? string.Empty : text[start..end];
        }

        private static bool IsIdentifierChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' || c > 127;
    }
}
