using Ingestion.Parser.Core;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class NamedContactLineTests
{
    [Theory]
    [InlineData("Ellis Granger: 303-954-1234, egranger@coloradoledger.com")]
    [InlineData("Dana Whitfield: 208-555-0143 or dwhitfield@kxlb.com")]
    public void TakesANameOverTelephoneAndAddress(string line)
    {
        Assert.True(NamedContactLine.Is(line));
        Assert.True(BoilerplateFilter.IsBoilerplate(line));
    }

    [Theory]
    [InlineData("@Marcie K.: The county party still hasn't picked anyone for 2014 as far as I know.")]
    [InlineData("@Marcie: nobody picked for 2014 yet")]
    [InlineData("Re @Marcie: nobody picked for 2014 yet")]
    public void LeavesAReplyToAHandleWithANumber(string line)
    {
        Assert.False(NamedContactLine.Is(line));
        Assert.False(BoilerplateFilter.IsBoilerplate(line));
    }

    [Fact]
    public void LeavesANameWithoutAnAddress() =>
        Assert.False(NamedContactLine.Is("Ellis Granger: 303-954-1234"));
}
