namespace Leadtype.Core.Tests.Flatten;

public class OpenApiFlattenerTests
{
    [Fact]
    public void Endpoint_writes_request_line_server_operation_and_deprecation()
    {
        var body = FlattenHarness.Body("<ApiEndpoint method=\"get\" path=\"/pets/{id}\" operationId=\"readPet\" serverUrl=\"https://api.example.com\" deprecated />\n");

        Assert.Equal("```http\nGET /pets/{id}\n```\n\nServer: `https://api.example.com`\n\nOperation ID: `readPet`\n\nDeprecated: true\n", body);
    }

    [Fact]
    public void Auth_lists_requirements_and_schemes()
    {
        var body = FlattenHarness.Body("<ApiAuth requirements={[{ bearerAuth: [], apiKey: [] }, {}]} schemes={[{ key: \"bearerAuth\", type: \"http\", scheme: \"bearer\", description: \"JWT\" }]} />\n\n<ApiAuth />\n");

        Assert.Equal("* bearerAuth + apiKey\n\n* Anonymous\n\n### Schemes\n\n* bearerAuth: http / bearer - JWT\n\nNo authentication required.\n", body);
    }

    [Fact]
    public void Request_body_flattens_nested_properties_and_skips_the_preferred_example()
    {
        var body = FlattenHarness.Body("<ApiRequestBody body={{ required: true, content: [{ mediaType: \"application/json\", schema: { type: \"object\", properties: [{ name: \"owner\", type: \"object\", properties: [{ name: \"id\", type: \"string\", required: true }] }] }, examples: { first: { a: 1 }, second: \"raw text\" } }] }} />\n");

        Assert.Equal(
            "### Request Body\n\nrequired\n\nContent type: application/json\n\n|Property|Type|Required|Description|\n|:--|:--|:--|:--|\n|`owner`|object|optional||\n|`owner.id`|string|required||\n\nExample: second\n\n```json\nraw text\n```\n",
            body);
    }

    [Fact]
    public void Responses_code_samples_and_try_it_render_their_sections()
    {
        var body = FlattenHarness.Body("<ApiResponses responses={[{ status: 201, description: \"\", content: [] }]} />\n\n<ApiCodeSamples samples={[{ label: \"cURL\", language: \"bash\", code: \"curl x\" }]} />\n\n<ApiTryIt />\n\n<ApiParameters parameters={[]} />\n");

        Assert.Equal("### 201\n\nNo description.\n\n### cURL\n\n```bash\ncurl x\n```\n\nInteractive API console metadata is available to the docs renderer.\n\nNo parameters.\n", body);
    }
}
