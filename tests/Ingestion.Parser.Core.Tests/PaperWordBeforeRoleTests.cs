using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class PaperWordBeforeRoleTests
{
    [Theory]
    [InlineData("By Jolene Harwick Record Staff Writer", "Jolene Harwick")]
    [InlineData("By Megan Tolliver Sentinel Staff Writer", "Megan Tolliver")]
    [InlineData("By Dale Okafor Citizen Staff Writer", "Dale Okafor")]
    public void The_papers_short_name_opening_the_job_title_is_no_third_name(string byline, string name) =>
        Assert.Equal([name], BylineParser.TryRead(byline));

    [Fact]
    public void A_third_name_that_is_no_papers_word_is_kept() =>
        Assert.Equal(["Mary Ann Ruiz"], BylineParser.TryRead("By Mary Ann Ruiz Staff Writer"));
}
