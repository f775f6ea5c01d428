using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LeadingPickBadgeTests
{
    [Theory]
    [InlineData("Redaktionsempfehlung olafhenning", "olafhenning")]
    [InlineData("Editors' Pick Marian H.", "Marian H.")]
    [InlineData("NYT Pick Dana", "Dana")]
    public void A_pick_badge_before_the_name_is_no_part_of_it(string header, string name) =>
        Assert.Equal(name, LeadingPickBadge.Without(header));

    [Theory]
    [InlineData("olafhenning")]
    [InlineData("Redaktionsempfehlung")]
    [InlineData("Featured Writer")]
    [InlineData("Pickering Dana")]
    public void A_name_without_a_leading_badge_is_left_alone(string name) =>
        Assert.Equal(name, LeadingPickBadge.Without(name));

    [Fact]
    public void The_cleaned_comment_author_loses_the_badge() =>
        Assert.Equal("olafhenning", CommentAuthor.Clean("Redaktionsempfehlung olafhenning", null));
}
