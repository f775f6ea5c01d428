using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LoadingBoxLabelTests
{
    [Theory]
    [InlineData("Loading Related Articles...")]
    [InlineData("Loading More Stories…")]
    public void A_title_case_loading_label_is_a_boxes_placeholder(string line)
    {
        Assert.True(LoadingBoxLabel.Is(line));
        Assert.True(BoilerplateFilter.IsBoilerplate(line));
    }

    [Theory]
    [InlineData("Loading the ferry took most of the morning...")]
    [InlineData("Loading Related Articles")]
    [InlineData("Loading...")]
    public void A_sentence_or_a_label_without_dots_is_not(string line) => Assert.False(LoadingBoxLabel.Is(line));

    [Fact]
    public void The_label_under_a_dumped_story_is_no_paragraph()
    {
        var page = TextPageSplitter.Split("""
            Harbour ferries return to the winter timetable

            By Nell Okafor

            The harbour board cut the evening crossings to two an hour from Monday, citing the drop in riders since October.

            Commuters on the north shore said the last boat now leaves too early for the late shift at the hospital.

            Loading Related Articles...
            """);

        Assert.DoesNotContain("Loading Related Articles...", page.BodyParagraphs);
        Assert.Contains(page.BodyParagraphs, paragraph => paragraph.StartsWith("Commuters on the north shore", StringComparison.Ordinal));
    }
}
