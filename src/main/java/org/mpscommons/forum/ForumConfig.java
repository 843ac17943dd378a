package org.mpscommons.forum;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;

/** Notifications fan out after the request that caused them has answered (see Notifier), hence async. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ForumProperties.class)
@EnableAsync
class ForumConfig {}
