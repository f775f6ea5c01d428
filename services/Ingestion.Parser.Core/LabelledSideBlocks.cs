namespace Ingestion.Parser.Core;

/// <summary>
/// Blocks an academic news site prints beside the text under labels of their own: "Authors" over each writer's name and
/// affiliation, "Disclosure statement" and "Partners" over a few sentences (and "View all partners"). None is headline
/// or text; the authors block names the writers of a page without a byline.
/// </summary>
internal sealed class LabelledSideBlocks
{
    private static readonly WordSet AuthorsLabels = new(["authors", "author"]);

    private static readonly WordSet StatementLabels = new(["disclosure statement", "partners"]);

    private readonly bool[] _inBlock;

    private LabelledSideBlocks(bool[] inBlock, List<string> authors)
    {
        _inBlock = inBlock;
        Authors = authors;
    }

    /// <summary>The writers the authors block names, in page order.</summary>
    public List<string> Authors { get; }

    public bool Contains(int index) => _inBlock.Length > 0 && _inBlock[index];

    public static LabelledSideBlocks Find(PageLines lines, int end)
    {
        bool[]? inBlock = null;
        var authors = new List<string>();
        for (var i = 0; i < end; i++)
        {
            var text = lines[i].Text;
            if (text.Length > 25)
            {
                continue;
            }

            var label = text.AsSpan().Trim(" :");
            var last = AuthorsLabels.Contains(label) ? ReadAuthors(lines, i, end, authors)
                : StatementLabels.Contains(label) ? StatementEnd(lines, i, end)
                : i;
            if (last == i)
            {
                continue;
            }

            inBlock ??= new bool[lines.Count];
            Array.Fill(inBlock, true, i, last - i + 1);
            i = last;
        }

        return new LabelledSideBlocks(inBlock ?? [], authors);
    }

    /// <summary>"Authors" / "Priya Venkatesan" / "Senior Lecturer in …, Eastwood University" / …: a name, then its affiliation.</summary>
    private static int ReadAuthors(PageLines lines, int label, int end, List<string> authors)
    {
        var last = label;
        while (last + 2 < end && !lines[last + 1].IsBlank && !lines[last + 2].IsBlank
            && Words.LooksLikePersonName(lines[last + 1].Text) && Words.Count(lines[last + 1].Text) <= 4
            && !Words.EndsSentence(lines[last + 2].Text) && Words.Count(lines[last + 2].Text) <= 15)
        {
            authors.Add(Whitespace.Collapse(lines[last + 1].Text));
            last += 2;
        }

        return last;
    }

    /// <summary>The label's sentences, each ending with a full stop, and a "View all …" link under them.</summary>
    private static int StatementEnd(PageLines lines, int label, int end)
    {
        var last = label;
        while (last + 1 < end && !lines[last + 1].IsBlank && Words.EndsSentence(lines[last + 1].Text))
        {
            last++;
        }

        if (last > label && last + 1 < end && lines[last + 1].Text.StartsWith("View all ", StringComparison.OrdinalIgnoreCase))
        {
            last++;
        }

        return last;
    }
}
