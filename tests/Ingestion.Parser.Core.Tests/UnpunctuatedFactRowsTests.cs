using Xunit;

namespace Ingestion.Parser.Core.Tests;

public sealed class UnpunctuatedFactRowsTests
{
    private const string Table = "The text ends here.\n\nDate 24.09.2013\nAuthor Lena Hartwig (AFP, Reuters)\nEditor Martin Kessler\nKeywords Syria, chemical weapons, UN\nPermalink http://example.com/a-1";

    [Fact]
    public void A_fact_tables_rows_are_told_apart_from_the_text()
    {
        var lines = new PageLines(TextLine.Split(Table));
        Assert.False(UnpunctuatedFactRows.IsRow(lines, 0));
        Assert.True(UnpunctuatedFactRows.IsRow(lines, 2));
        Assert.True(UnpunctuatedFactRows.IsRow(lines, 6));
    }

    [Fact]
    public void A_paragraph_opening_with_a_label_word_is_no_row()
    {
        var lines = new PageLines(TextLine.Split("Editor Martin Kessler said the paper would appeal.\n\nAuthor Jane Roe spoke next."));
        Assert.False(UnpunctuatedFactRows.IsRow(lines, 0));
    }

    [Fact]
    public void The_author_row_gives_the_writer_without_the_agencies()
    {
        Assert.Equal(["Lena Hartwig"], UnpunctuatedFactRows.TryReadAuthors("Author Lena Hartwig (AFP, Reuters)"));
        Assert.Null(UnpunctuatedFactRows.TryReadAuthors("Editor Martin Kessler"));
    }

    [Fact]
    public void The_keywords_row_gives_the_tags() =>
        Assert.Equal(["Syria", "chemical weapons", "UN"], UnpunctuatedFactRows.TryReadKeywords("Keywords Syria, chemical weapons, UN"));

    [Fact]
    public void A_text_browsers_bulleted_rows_are_rows_too()
    {
        var lines = new PageLines(TextLine.Split("     * Date 19.01.2020\n     * Author Ben Knight\n     * Related Subjects Harbour\n     * Keywords harbour, history, streets\n     * Print Print this page"));
        Assert.True(UnpunctuatedFactRows.IsRow(lines, 1));
        Assert.Equal(["Ben Knight"], UnpunctuatedFactRows.TryReadAuthors(lines[1].Text));
        Assert.Equal(["harbour", "history", "streets"], UnpunctuatedFactRows.TryReadKeywords(lines[3].Text));
    }

    [Fact]
    public void A_bulleted_list_of_points_opening_with_label_words_is_no_table()
    {
        var lines = new PageLines(TextLine.Split("* Author Jane Roe spoke first.\n* The mayor spoke next.\n* Nobody else spoke."));
        Assert.False(UnpunctuatedFactRows.IsRow(lines, 0));
    }
}
