using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class DotKeywordRowTests
{
    [Fact]
    public void An_unlabelled_dot_row_ending_the_article_lists_its_keywords()
    {
        var lines = new PageLines(TextLine.Split("Inspectors are expected within days.\n\nSyria · Chemical weapons · United Nations · Russia · US foreign policy\n\nComments"));
        Assert.Equal(["Syria", "Chemical weapons", "United Nations", "Russia", "US foreign policy"], DotKeywordRow.TryRead(lines, 2, 4));
    }

    [Theory]
    [InlineData("News · Sports · Business · Opinion · Entertainment")] // a menu
    [InlineData("Share · Tweet · Email")] // a share row
    [InlineData("About Us · Advertise · Privacy Policy · Terms of Service")] // the footer's links
    [InlineData("Top Stories · Oakes Mill Forum · Post a Comment")] // links to the site's lists and the form
    [InlineData("Archivado en: Universidades · Becas · Educación superior")] // a labelled row, read as such
    [InlineData("Homelessness · Housing")] // two entries: as often a breadcrumb
    [InlineData("November 2, 2016 · Hannah Kowalczyk · Business")] // a date row
    public void Other_dot_rows_are_no_keywords(string row)
    {
        var lines = new PageLines(TextLine.Split("The text ends here.\n\n" + row + "\n\nComments"));
        Assert.Null(DotKeywordRow.TryRead(lines, 2, 4));
    }

    [Fact]
    public void A_dot_row_with_text_under_it_is_no_keyword_row()
    {
        var lines = new PageLines(TextLine.Split("Syria · Chemical weapons · United Nations\n\nThe text goes on here.\n\nComments"));
        Assert.Null(DotKeywordRow.TryRead(lines, 0, 4));
    }

    [Theory]
    [InlineData("Energy bills · Conservatives · Household bills", true)]
    [InlineData("Share · Email · Print", false)]
    [InlineData("Gareth Pryce-Morgan at the conference · Photograph: Tobias Crane", false)]
    public void A_topic_row_is_known_wherever_it_stands(string line, bool row) => Assert.Equal(row, DotKeywordRow.IsTopicRow(line));
}
