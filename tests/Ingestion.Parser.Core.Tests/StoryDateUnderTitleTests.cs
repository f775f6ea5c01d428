using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class StoryDateUnderTitleTests
{
    private static readonly PageTime StoryDate = new(new DateOnly(2013, 9, 25), null, null, null, false);

    [Fact]
    public void The_story_blocks_date_wins_when_the_whole_page_found_another_headline()
    {
        Assert.Equal("2013-09-25", StoryDateUnderTitle.Instead("Bixby Creek library marks 100 years with open house", "Vol. 119, No. 39", StoryDate));
    }

    [Fact]
    public void The_whole_pages_date_stays_when_it_found_the_same_headline()
    {
        Assert.Null(StoryDateUnderTitle.Instead("Bixby Creek library marks 100 years with open house", "Bixby Creek library marks 100 years with open house", StoryDate));
    }

    [Fact]
    public void No_story_date_changes_nothing()
    {
        Assert.Null(StoryDateUnderTitle.Instead("Bixby Creek library marks 100 years with open house", "Vol. 119, No. 39", null));
    }
}
