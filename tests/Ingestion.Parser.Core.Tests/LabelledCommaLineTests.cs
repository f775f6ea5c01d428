using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LabelledCommaLineTests
{
    [Fact]
    public void A_comma_list_under_a_colon_label_with_the_story_after_it_is_one_line_of_tags() =>
        Assert.True(LabelledCommaLine.Is(new PageLines(TextLine.Split("Categories:\nBargaining, Contract News\nMembers of the local voted by a wide margin Monday to ratify the agreement.")), 1));

    [Fact]
    public void A_surname_first_tag_among_tags_one_per_line_is_no_list() =>
        Assert.False(LabelledCommaLine.Is(new PageLines(TextLine.Split("Topics:\nKerry, John\nSyria\n\nPrivacy")), 1));

    [Fact]
    public void A_comma_line_under_a_label_without_a_colon_is_no_list() =>
        Assert.False(LabelledCommaLine.Is(new PageLines(TextLine.Split("Topics\nKerry, John\n\nPrivacy")), 1));
}
