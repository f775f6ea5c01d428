using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ProfileHeadlineLineTests
{
    [Theory]
    [InlineData("Owner, Heuvelman Diesel & Hydraulic")]
    [InlineData("Program Coordinator, Diesel Technology at Eastfield Community College")]
    [InlineData("Fleet Manager at City of Coldwater")]
    [InlineData("Director of Maintenance, Harlan Freight Lines")]
    [InlineData("Vice President, 3M Company")]
    [InlineData("Shop Foreman, Tri-County Refuse Services")]
    [InlineData("Fleet Manager | City of Coldwater")]
    public void A_job_title_and_employer_is_a_profile_headline(string line) => Assert.True(ProfileHeadlineLine.Is(line));

    [Theory]
    [InlineData("Owner, please fix the potholes")]
    [InlineData("Manager at the plant told us nothing")]
    [InlineData("The manager at Harlan Freight Lines quit.")]
    [InlineData("Fleet Manager at City of Coldwater.")]
    [InlineData("Great article, Heuvelman Diesel")]
    [InlineData("Denise Albrecht")]
    [InlineData("Reply | Report")]
    [InlineData("Owner | great story, thanks")]
    [InlineData("We did this in 2010 with two kids from the county vo-tech")]
    public void A_comment_line_or_a_name_is_none(string line) => Assert.False(ProfileHeadlineLine.Is(line));

    [Fact]
    public void The_headline_under_a_commenter_name_is_no_paragraph_of_the_comment()
    {
        var page = PageParser.Parse("""
            Fleets turn to apprenticeships as technician shortage deepens

            When the transit agency posted 14 openings for bus mechanics last spring, it got 31 applications.

            Fewer than half of the applicants had any diesel experience, and only three passed the skills test.

            Discussion (2)

            Tom Heuvelman
            Owner, Heuvelman Diesel & Hydraulic
            Small shops can't pay $15 an hour to someone who can't turn a wrench yet.
            Like · Reply · 1 day ago

            Priya Ramaswamy
            Program Coordinator, Diesel Technology at Eastfield Community College
            Happy to talk with any fleet in our area about partnering.
            Like (2) · Reply · 1 day ago
            """u8, "page.txt");

        Assert.Equal(["Tom Heuvelman", "Priya Ramaswamy"], page.Comments.Select(comment => comment.Author));
        Assert.Equal(["Small shops can't pay $15 an hour to someone who can't turn a wrench yet."], page.Comments[0].Paragraphs);
        Assert.Equal(["Happy to talk with any fleet in our area about partnering."], page.Comments[1].Paragraphs);
    }

    [Fact]
    public void A_first_line_that_only_opens_with_a_job_word_stays_in_the_comment()
    {
        var page = PageParser.Parse("""
            Fleets turn to apprenticeships as technician shortage deepens

            When the transit agency posted 14 openings for bus mechanics last spring, it got 31 applications.

            Fewer than half of the applicants had any diesel experience, and only three passed the skills test.

            Discussion (2)

            Tom Heuvelman
            Owner, please read the whole survey before you quote it
            The numbers for small shops are on page 4.
            Like · Reply · 1 day ago

            Denise Albrecht
            Fleet Manager at City of Coldwater
            We lost two apprentices to the dealer last month.
            Like · Reply · 1 day ago
            """u8, "page.txt");

        Assert.Equal(["Owner, please read the whole survey before you quote it", "The numbers for small shops are on page 4."], page.Comments[0].Paragraphs);
        Assert.Equal(["We lost two apprentices to the dealer last month."], page.Comments[1].Paragraphs);
    }
}
