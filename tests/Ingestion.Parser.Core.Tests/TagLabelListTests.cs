using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class TagLabelListTests
{
    [Fact]
    public void A_comma_list_under_a_label_gives_its_tags_without_the_last_and() =>
        Assert.Equal(["Elm Street", "Parking", "borough council"], TagLabelList.ReadCommaList("Elm Street, Parking, and borough council", isBoilerplate: false));

    [Fact]
    public void Tags_joined_by_dots_are_split() =>
        Assert.Equal(["Homelessness", "Housing", "Local government", "Charities"], TagLabelList.ReadCommaList("Homelessness · Housing · Local government · Charities", isBoilerplate: false));

    [Theory]
    [InlineData("Council delays vote, merchants cheer")]
    [InlineData("The council met on Tuesday, and the mayor, who was late, spoke first.")]
    public void A_headline_or_a_sentence_is_no_tag_list(string line) => Assert.Null(TagLabelList.ReadCommaList(line, isBoilerplate: false));

    [Fact]
    public void Tags_one_per_line_run_to_the_blank_line() =>
        Assert.Equal(["Syria", "Kerry, John"], TagLabelList.ReadOnePerLine(new PageLines(TextLine.Split("Topics\nSyria\nKerry, John\n\nPrivacy")), 1));

    [Fact]
    public void A_sentence_ends_the_tags() =>
        Assert.Equal(["Syria"], TagLabelList.ReadOnePerLine(new PageLines(TextLine.Split("Topics\nSyria\nThe council met on Tuesday and voted.")), 1));

    [Fact]
    public void The_comments_heading_run_on_under_the_last_tag_ends_the_tags() =>
        Assert.Equal(["Pension", "Column"], TagLabelList.ReadOnePerLine(new PageLines(TextLine.Split("Tags\nPension\nColumn\nDiscussion\n4 comments")), 1));

    [Fact]
    public void Short_lines_right_under_a_label_are_a_one_per_line_list()
    {
        var lines = new PageLines(TextLine.Split("Meer over\nMortsel\nbrand\nbrandweer\nReacties (0)"));
        Assert.True(TagLabelList.IsOnePerLineUnder(lines, 1, lines.Count));
    }

    [Fact]
    public void One_short_line_or_headlines_under_a_label_are_no_tag_list()
    {
        var single = new PageLines(TextLine.Split("Meer over\nMortsel\n\nDe brandweer kwam snel ter plaatse."));
        Assert.False(TagLabelList.IsOnePerLineUnder(single, 1, single.Count));
        var headlines = new PageLines(TextLine.Split("Lees ook\nDode bij woningbrand in Berchem na nachtelijke uitslaande brand\nWielertoerist zwaargewond na aanrijding in Boechout centrum"));
        Assert.False(TagLabelList.IsOnePerLineUnder(headlines, 1, headlines.Count));
    }
}
