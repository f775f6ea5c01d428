using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class MailAddressAfterNameTests
{
    [Theory]
    [InlineData("lwatanabe (94117) <lwatanabe@example.net>", "lwatanabe (94117)")]
    [InlineData("Gus Wendt <gus at example dot com>", "Gus Wendt <gus at example dot com>")]
    [InlineData("kel_varnsen (558231)", "kel_varnsen (558231)")]
    public void An_address_in_angle_brackets_is_no_part_of_the_name(string name, string expected) =>
        Assert.Equal(expected, MailAddressAfterName.Strip(name).ToString());
}
