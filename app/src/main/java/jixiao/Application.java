package jixiao;

import io.micronaut.openapi.annotation.OpenAPIExtraSchema;
import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

@OpenAPIDefinition(
        info = @Info(title = "绩效管理 API", version = "1",
                description = "预算绩效管理的 JSON 接口。脚本用个人 API 令牌（Authorization: Bearer 令牌，在“API 令牌”页面创建）"
                        + "或 HTTP Basic（可由运维关闭）认证，权限与令牌所属用户相同。错误统一以 JSON 返回："
                        + "{\"message\",\"problems\":[{\"field\",\"message\"}],\"current\"}（problems 逐项指出被拒绝的字段；current 仅在 409 冲突时给出记录的当前内容）。"),
        security = {@SecurityRequirement(name = "token"), @SecurityRequirement(name = "basic")})
@OpenAPIExtraSchema(classes = jixiao.web.ApiError.class)
@SecurityScheme(name = "token", type = SecuritySchemeType.HTTP, scheme = "bearer", description = "个人 API 令牌")
@SecurityScheme(name = "basic", type = SecuritySchemeType.HTTP, scheme = "basic", description = "用户名和密码")
public class Application {

    public static void main(String[] args) {
        Micronaut.build(args)
                .mainClass(Application.class)
                .defaultEnvironments("prod")
                .start();
    }
}
