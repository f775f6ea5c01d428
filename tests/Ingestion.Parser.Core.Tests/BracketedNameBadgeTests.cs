using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class BracketedNameBadgeTests
{
    [Theory]
    [InlineData("Renata Solberg [Courier staff]", "Renata Solberg")]
    [InlineData("Pat Doyle [Moderator]", "Pat Doyle")]
    [InlineData("flatlander_KS", "flatlander_KS")]
    [InlineData("Dave [Akron]", "Dave [Akron]")]
    [InlineData("Mark [the one from the school board]", "Mark [the one from the school board]")]
    public void A_staff_badge_in_brackets_is_no_part_of_the_name(string name, string expected) => Assert.Equal(expected, BracketedNameBadge.Without(name));
}
