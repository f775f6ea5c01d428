using System.Buffers;

namespace Ingestion.Parser.Core;

/// <summary>
/// "原标题：…" / "出品︱…" / "作者︱Name" / "[责任编辑:Name]": a Chinese story closes with labelled lines naming the
/// original headline of a reposted piece, the desk, the writer and the editor on duty, one a line, under the text. They
/// are no paragraphs of it. The writer's line names the author; the editor on duty is none, though such CMSs write the
/// editor into the author meta, so an author known only as the editor gives way to the writer the text names. The
/// recommendation block and the rights notice that may close the box go with them (<see cref="HanziTailFurniture"/>).
/// The author meta may put the desk's name before the editor's ("河边校园Name" over "责任编辑：Name"): still the editor.
/// A button's bracketed word may open the editor's line, in the one box under the text ("【纠错】 【责任编辑:Name】", the
/// link readers report a mistake by): the line is the editor's still, the button no text.
/// </summary>
internal static class HanziStaffLinesUnderText
{
    private const int MaxLineLength = 80;
    private const int MaxLines = 8;

    /// <summary>A desk's name before the editor's is two characters at least; one is a surname ("李文静" is no desk and "文静").</summary>
    private const int MinDeskLength = 2;

    private static readonly string[] WriterLabels = ["作者", "记者", "撰文", "文"];

    private static readonly string[] EditorLabels = ["责任编辑", "编辑", "责编"];

    private static readonly string[] OtherLabels =
        ["原标题", "出品", "来源", "発信地", "本文来源", "稿件来源", "校对", "审核", "审校", "监制", "实习生", "通讯员", "策划", "制图", "摄影", "图片来源", "翻译", "编译"];

    /// <summary>A button's word in brackets before the staff line ("【纠错】", "【打印】") is a few characters.</summary>
    private const int MaxButtonLength = 4;

    private static readonly SearchValues<char> Separators = SearchValues.Create("：:︱丨｜|");

    /// <param name="pageLines">The page's lines, where the writer's and the editor's lines may stand apart from the text (read only when an author is written in Chinese).</param>
    public static ParsedPage Applied(ParsedPage page, Func<PageLines> pageLines)
    {
        var body = page.BodyParagraphs;
        var end = body.Count > 1 ? HanziTailFurniture.RecommendationStart(body) : body.Count;
        List<string> writers = [];
        List<string> editors = [];
        for (var index = end; index < body.Count; index++)
        {
            if (Read(body[index]) is { } staff)
            {
                (staff.Kind == Kind.Writer ? writers : staff.Kind == Kind.Editor ? editors : []).AddRange(staff.Names);
            }
        }

        while (end > 1 && body.Count - end < MaxLines && (HanziTailFurniture.IsRightsNotice(body[end - 1]) || KanaSiteNotice.Is(body[end - 1]) || Read(body[end - 1]) is not null))
        {
            if (Read(body[end - 1]) is { } line)
            {
                (line.Kind == Kind.Writer ? writers : line.Kind == Kind.Editor ? editors : []).InsertRange(0, line.Names);
            }

            end--;
        }

        var authors = page.Authors;
        if (authors.Count > 0 && authors.All(author => SpaceSeparatedHanziTags.HoldsHanzi(author)) && !authors.All(author => NamesEditor(author, editors)))
        {
            var lines = pageLines();
            for (var index = 0; index < lines.Count; index++)
            {
                // The writer's and the editor's lines, where the text's reading took them out of the body as bylines.
                if (Read(lines[index].Text) is { Kind: Kind.Editor or Kind.Writer } staffLine)
                {
                    (staffLine.Kind == Kind.Editor ? editors : writers).AddRange(staffLine.Names.Where(name => !writers.Contains(name, StringComparer.Ordinal)));
                }
            }
        }

        if (end == body.Count && (authors.Count == 0 || !authors.All(author => NamesEditor(author, editors))))
        {
            return page;
        }

        if (writers.Count > 0 && (authors.Count == 0 || authors.All(author => NamesEditor(author, editors))))
        {
            authors = writers;
        }
        else if (authors.Count > 0 && authors.All(author => NamesEditor(author, editors)))
        {
            authors = [];
        }

        return page with { BodyParagraphs = [.. body.Take(end)], Authors = authors };
    }

    /// <summary>
    /// Whether <paramref name="author"/> is an editor's name, alone or after the desk's name glued before it ("河边校园Name"
    /// for "Name"), the way a CMS fills the author meta with the channel and the editor on duty.
    /// </summary>
    private static bool NamesEditor(string author, List<string> editors)
    {
        foreach (var editor in editors)
        {
            if (string.Equals(author, editor, StringComparison.Ordinal)
                || (editor.Length >= 2 && author.Length >= editor.Length + MinDeskLength && author.EndsWith(editor, StringComparison.Ordinal)
                    && !author.AsSpan(0, author.Length - editor.Length).ContainsAnyExceptInRange('\u4E00', '\u9FFF')))
            {
                return true;
            }
        }

        return false;
    }

    internal enum Kind
    {
        Writer,
        Editor,
        Other,
    }

    /// <summary>Whether <paramref name="label"/> is one of the writer's, the editor's or the other staff labels ("作者", "责任编辑", "来源").</summary>
    internal static bool IsLabel(ReadOnlySpan<char> label)
    {
        foreach (var labels in (ReadOnlySpan<string[]>)[WriterLabels, EditorLabels, OtherLabels])
        {
            foreach (var known in labels)
            {
                if (label.SequenceEqual(known))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The label's kind and the names of a staff line ("作者︱Name", "（责任编辑：Name）"), or null when the paragraph is none.</summary>
    internal static (Kind Kind, List<string> Names)? Read(string paragraph)
    {
        var text = paragraph.AsSpan().Trim();
        if (text.Length is < 3 or > MaxLineLength || !SpaceSeparatedHanziTags.HoldsHanzi(text))
        {
            return null;
        }

        // "【纠错】 【责任编辑:Name】": a button's bracketed word, with no label's colon, before the bracketed staff line.
        if (text[0] is '【' or '[' && text.IndexOfAny('】', ']') is > 1 and <= MaxButtonLength + 1 and var close
            && text[1..close].IndexOfAny(Separators) < 0 && text[(close + 1)..].TrimStart() is ['【' or '[', ..] and var rest)
        {
            text = rest;
        }

        // "[责任编辑:Name]", "（责任编辑：Name）", "【编辑：Name】": the bracketed form.
        if (text[0] is '[' or '【' or '（' or '(' && text[^1] is ']' or '】' or '）' or ')')
        {
            text = text[1..^1].Trim();
        }

        var separator = text.IndexOfAny(Separators);
        if (separator <= 0)
        {
            return null;
        }

        var label = text[..separator].Trim().ToString();
        var value = text[(separator + 1)..].Trim();
        var kind = WriterLabels.Contains(label) ? Kind.Writer : EditorLabels.Contains(label) ? Kind.Editor : OtherLabels.Contains(label) ? Kind.Other : (Kind?)null;
        if (kind is not { } known || value.IsEmpty)
        {
            return null;
        }

        // The names of a writer's or editor's line: a few short ones, apart by spaces or the enumeration comma.
        var names = known == Kind.Other ? [] : LatinNameInStaffLine.Names(value);
        return known != Kind.Other && (names.Count > 4 || !LatinNameInStaffLine.AllNameLike(names)) ? null : (known, names);
    }
}
