namespace Ingestion.Parser.Core;

/// <summary>Splits a plain-text dump of a news page: site chrome, title and metadata at the top, body, then the comment section.</summary>
internal static class TextPageSplitter
{
    public static ParsedPage Split(string text) => Split(TextLine.Split(EscapedEntities.Decode(text)));

    public static ParsedPage Split(List<TextLine> pageLines)
    {
        var lines = new PageLines(ForumTableDump.Normalize(TextBrowserDump.Normalize(MarkdownDump.Normalize(InlineSplitDump.Normalize(ByLabelOverNameLine.Join(LoneBylineLabel.Join(BulletedBylineBox.Normalize(TableCommentRows.Split(GluedCommentFooter.Split(ForumPostbitDump.Normalize(ForumSignature.Remove(ArchiveFurniture.SkipTextHeader(CapitalsFurnitureLine.Normalize(SiteMenuBlock.Remove(GluedDateRow.Split(DoubledDateLine.Undouble(DoubledLineText.Undouble(pageLines))))))))))))))))));
        var section = CommentSection.Locate(lines);
        var article = new TextArticleReader(lines, section.ArticleEnd);
        article.Read();
        var comments = section.Exists ? SuburbAfterName.Strip(TextCommentParser.Parse(lines.Range(section.Start, section.End - section.Start))) : [];
        return HanziStaffLinesUnderText.Applied(new ParsedPage
        {
            Title = article.Title,
            // "Paul Okafor Harbour News": the network's name run on after the writer's (SiteNameAfterAuthor).
            Authors = SiteNameAfterAuthor.Trimmed(article.Authors, article.Site),
            PublishedAt = IrishStandardTime.Applied(article.PublishedAt, lines)?.ToIso(),
            Site = article.Site ?? (section.Exists ? DisqusCommunityTab.Name(lines, section.Start, section.End) : null),
            Tags = article.Tags.Count > 0 ? article.Tags : TagsUnderThread.Read(lines, section),
            DeclaredCommentCount = section.DeclaredCount,
            // The comment box's policy note and sign-in prompt printed over the thread's button (TrailingThreadNotes).
            BodyParagraphs = WireSlugLine.Without(section.Exists ? TrailingThreadNotes.Without(article.Body) : article.Body),
            Captions = article.Captions,
            Comments = comments,
        }, () => lines);
    }
}
