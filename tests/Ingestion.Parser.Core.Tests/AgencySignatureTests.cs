using Xunit;

namespace Ingestion.Parser.Core.Tests;

public sealed class AgencySignatureTests
{
    [Theory]
    [InlineData("ats/afp", true)]
    [InlineData("sda/dpa", true)]
    [InlineData("(ats)", true)]
    [InlineData("Keystone/AP", false)]
    [InlineData("red", false)]
    [InlineData("and/or", false)]
    public void A_swiss_portals_lower_case_agency_line_is_told_apart(string line, bool signature) => Assert.Equal(signature, AgencySignature.Is(line));
}
